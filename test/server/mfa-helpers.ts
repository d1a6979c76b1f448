/**
 * What the MFA device tests share: an authenticator app (otpauth, fed with
 * the Base32StringSeed the server answered), the server's clock set to a
 * chosen instant (so codes and steps are known), and devices created and
 * enabled through the real AWS SDK.
 */
import { afterEach } from "node:test";
import {
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  type IAMClient,
  type Tag,
} from "@aws-sdk/client-iam";
import { Secret, TOTP } from "otpauth";
import type { TestServer } from "./harness.js";

export const PERIOD_MS = 30_000;

/** The seed as the SDK hands it over: the bytes of the base32 text. */
export function seedText(seed: Uint8Array | undefined): string {
  return Buffer.from(seed ?? new Uint8Array()).toString("ascii");
}

/** What an authenticator app shows at `ms` for the seed. */
export function codeAt(seed: string, ms: number): string {
  return new TOTP({ secret: Secret.fromBase32(seed) }).generate({ timestamp: ms });
}

/**
 * Sets the server's clock: `at(k)` is k periods after a step began 5 s into
 * it, a little in the past (well inside SigV4's 15 minutes of skew). Put
 * back after each test.
 */
export function serverClock(srv: TestServer): { at(periods?: number): number } {
  const real = { clock: undefined as (() => Date) | undefined };
  const base = (Math.floor(Date.now() / PERIOD_MS) - 4) * PERIOD_MS + 5_000;
  afterEach(() => {
    if (real.clock !== undefined) srv.server.services.clock = real.clock;
    real.clock = undefined;
  });
  return {
    at(periods = 0) {
      const ms = base + periods * PERIOD_MS;
      real.clock ??= srv.server.services.clock;
      srv.server.services.clock = () => new Date(ms);
      return ms;
    },
  };
}

export interface Device {
  serial: string;
  seed: string;
  png: Uint8Array;
}

export async function createDevice(
  iam: IAMClient,
  name: string,
  extra: { Path?: string; Tags?: Tag[] } = {},
): Promise<Device> {
  const out = await iam.send(
    new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name, ...extra }),
  );
  const d = out.VirtualMFADevice;
  return {
    serial: d?.SerialNumber ?? "",
    seed: seedText(d?.Base32StringSeed),
    png: d?.QRCodePNG ?? new Uint8Array(),
  };
}

/** EnableMFADevice with the codes of the step before `ms` and of `ms`'s own. */
export function enable(
  iam: IAMClient,
  userName: string,
  device: Device,
  ms: number,
): Promise<unknown> {
  return iam.send(
    new EnableMFADeviceCommand({
      UserName: userName,
      SerialNumber: device.serial,
      AuthenticationCode1: codeAt(device.seed, ms - PERIOD_MS),
      AuthenticationCode2: codeAt(device.seed, ms),
    }),
  );
}
