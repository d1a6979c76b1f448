/**
 * A TLS certificate for 127.0.0.1, made when a test starts: a throwaway CA
 * and a server certificate it signs (EC P-256, ECDSA with SHA-256), written
 * as DER by hand with node:crypto doing the keys and signatures. No network,
 * no outside tool, no key kept on disk. Valid from an hour ago for a day.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

export interface TestCertificates {
  /** The CA certificate (PEM): what a client must trust. */
  ca: string;
  /** The server's certificate (PEM), for 127.0.0.1 and localhost. */
  cert: string;
  /** The server's private key (PEM, PKCS #8). */
  key: string;
}

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 256)) bytes.unshift(x % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...content: Buffer[]) => tlv(0x30, ...content);
const set = (...content: Buffer[]) => tlv(0x31, ...content);
const TRUE = tlv(0x01, Buffer.from([0xff]));

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const out = [40 * first + second];
  for (const value of rest) {
    const group = [value % 128];
    for (let x = Math.floor(value / 128); x > 0; x = Math.floor(x / 128)) {
      group.unshift((x % 128) | 0x80);
    }
    out.push(...group);
  }
  return tlv(0x06, Buffer.from(out));
}

function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && ((b[1] as number) & 0x80) === 0) b = b.subarray(1);
  if (((b[0] as number) & 0x80) !== 0) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}

/** UTCTime, YYMMDDHHMMSSZ (years before 2050). */
function utcTime(date: Date): Buffer {
  const iso = date.toISOString();
  const text =
    iso.slice(2, 4) +
    iso.slice(5, 7) +
    iso.slice(8, 10) +
    iso.slice(11, 13) +
    iso.slice(14, 16) +
    iso.slice(17, 19) +
    "Z";
  return tlv(0x17, Buffer.from(text, "ascii"));
}

const name = (commonName: string) =>
  sequence(set(sequence(oid("2.5.4.3"), tlv(0x0c, Buffer.from(commonName, "utf8")))));

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [TRUE] : []), tlv(0x04, value));
}

const ECDSA_WITH_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));

function certificate(options: {
  subject: string;
  issuer: string;
  publicKey: KeyObject;
  signingKey: KeyObject;
  ca: boolean;
}): Buffer {
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0] as number) & 0x7f;
  const extensions = options.ca
    ? [
        extension("2.5.29.19", true, sequence(TRUE)), // basicConstraints: CA
        extension("2.5.29.15", true, tlv(0x03, Buffer.from([1, 0x06]))), // keyCertSign, cRLSign
      ]
    : [
        extension("2.5.29.19", true, sequence()), // basicConstraints: not a CA
        extension(
          "2.5.29.17", // subjectAltName: IP 127.0.0.1, DNS localhost
          false,
          sequence(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from("localhost"))),
        ),
      ];
  const tbs = sequence(
    tlv(0xa0, integer(Buffer.from([2]))), // v3
    integer(serial),
    ECDSA_WITH_SHA256,
    name(options.issuer),
    sequence(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 86_400_000))),
    name(options.subject),
    options.publicKey.export({ type: "spki", format: "der" }),
    tlv(0xa3, sequence(...extensions)),
  );
  const signature = sign("sha256", tbs, options.signingKey);
  return sequence(tbs, ECDSA_WITH_SHA256, tlv(0x03, Buffer.from([0]), signature));
}

function pem(der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

/** A fresh CA and a server certificate for 127.0.0.1 signed by it. */
export function makeTestCertificates(): TestCertificates {
  const caKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const serverKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const caName = "Gatehouse test CA";
  const ca = certificate({
    subject: caName,
    issuer: caName,
    publicKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    ca: true,
  });
  const cert = certificate({
    subject: "127.0.0.1",
    issuer: caName,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    ca: false,
  });
  return {
    ca: pem(ca),
    cert: pem(cert),
    key: serverKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}
