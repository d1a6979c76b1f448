/**
 * What the HTTP layer refuses before any route runs answers in the API's
 * shape, never Fastify's JSON: over a raw socket, requests Node's parser
 * refuses (headers too large, a broken request line, header, length or
 * chunk) and ones Fastify refuses (a body over its limit, no such route)
 * get the Query API's XML ErrorResponse with the request id in the header
 * and the body; the agent endpoints and the console API keep their own JSON.
 */
import assert from "node:assert/strict";
import { connect } from "node:net";
import { describe, test } from "node:test";
import { parseError } from "../e2e/raw.js";
import { useServer } from "./harness.js";

const srv = useServer();

interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Sends bytes as they are and reads the answer until the server closes or answers in full. */
function exchange(request: string | Buffer): Promise<RawAnswer> {
  const url = new URL(srv.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer within 10 s"));
    }, 10_000);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      if (split < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(text)}`));
      const [statusLine, ...lines] = text.slice(0, split).split("\r\n");
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      resolve({
        status: Number(statusLine?.split(" ")[1]),
        headers,
        body: text.slice(split + 4),
      });
    };
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      // Done once the whole body announced by Content-Length is in.
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split));
      if (split >= 0 && length && Buffer.byteLength(text.slice(split + 4)) >= Number(length[1])) {
        socket.destroy();
        finish();
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      if (timer.hasRef()) finish();
    });
    socket.write(request);
  });
}

function assertXml(answer: RawAnswer, status: number, code: string): void {
  assert.equal(answer.status, status, answer.body);
  assert.match(answer.headers.get("content-type") ?? "", /^text\/xml/);
  const error = parseError(answer.body);
  assert.ok(error, `an AWS ErrorResponse, not: ${answer.body.slice(0, 300)}`);
  assert.equal(error.code, code);
  assert.equal(error.type, "Sender");
  assert.equal(answer.headers.get("x-amzn-requestid"), error.requestId);
}

describe("refusals of Node's HTTP parser are AWS's XML", () => {
  test("headers too large: 431 RequestHeaderSectionTooLarge", async () => {
    const answer = await exchange(
      `POST / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    assertXml(answer, 431, "RequestHeaderSectionTooLarge");
    assert.equal(
      parseError(answer.body)?.message,
      "Your request header section exceeds the maximum allowed size.",
    );
  });

  test("a broken request line, header, length or chunk: 400 MalformedHTTPRequest", async () => {
    for (const request of [
      "GARBAGE\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ]) {
      assertXml(await exchange(request), 400, "MalformedHTTPRequest");
    }
  });
});

describe("refusals of Fastify are in the shape of the API asked", () => {
  test("a Query body over the limit, announced: 413 RequestEntityTooLarge in XML", async () => {
    const answer = await exchange(
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
        "Content-Length: 99999999\r\n\r\nAction=ListUsers",
    );
    assertXml(answer, 413, "RequestEntityTooLarge");
  });

  test("no such path or method: 404 NotFound in XML", async () => {
    for (const request of [
      "POST /foo HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
      "PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
      "DELETE /_gatehouse/health HTTP/1.1\r\nHost: x\r\n\r\n",
    ]) {
      assertXml(await exchange(request), 404, "NotFound");
    }
  });

  test("the agent endpoints keep their JSON: {code, message}", async () => {
    const big = await exchange(
      "POST /_gatehouse/agent/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        `Content-Length: ${3 * 1024 * 1024}\r\n\r\n{}`,
    );
    assert.equal(big.status, 413);
    assert.match(big.headers.get("content-type") ?? "", /^application\/json/);
    assert.deepEqual(Object.keys(JSON.parse(big.body) as object), ["code", "message"]);
    assert.equal((JSON.parse(big.body) as { code: string }).code, "RequestEntityTooLarge");
    const missing = await exchange(
      "POST /_gatehouse/agent/nothing HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    );
    assert.equal(missing.status, 404);
    assert.equal((JSON.parse(missing.body) as { code: string }).code, "NotFound");
  });

  test("the console API keeps its JSON: {error: {code, message}, requestId}", async () => {
    const big = await exchange(
      "POST /console/api/signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        `Content-Length: ${3 * 1024 * 1024}\r\n\r\n{}`,
    );
    assert.equal(big.status, 413);
    const body = JSON.parse(big.body) as { error: { code: string }; requestId: string };
    assert.equal(body.error.code, "RequestTooLarge");
    assert.equal(big.headers.get("x-amzn-requestid"), body.requestId);
  });

  test("the server still answers after all of these", async () => {
    const health = await fetch(`${srv.url}/_gatehouse/health`);
    assert.equal(health.status, 200);
  });
});
