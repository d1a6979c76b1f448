/**
 * AWS managed policies' descriptions (AWS's own text, as ListPolicies and
 * GetPolicy give it), read from the vendored copy of iam-floyd's generated
 * list (vendor/iam-floyd/aws-managed-policies.js, Apache-2.0): each policy is
 * a line `/** <description> *\/` followed by a line
 * `AwsManagedPolicy.<identifier> = '<path/>name';`.
 *
 * Keyed by the policy's ARN. The file's other lines (its header) are skipped;
 * any other shape of a policy line is an error, so a changed format is
 * noticed instead of silently losing descriptions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const DESCRIPTIONS_SOURCE = "iam-floyd";
export const DESCRIPTIONS_FILE = join("vendor", "iam-floyd", "aws-managed-policies.js");

const COMMENT = /^\/\*\* (.*) \*\/$/;
const ASSIGNMENT = /^AwsManagedPolicy\.\w+ = '([\w+=,.@/-]+)';$/;

/** ARN → description, from the vendored file's text. */
export function parseDescriptions(text: string): Map<string, string> {
  const lines = text.split("\n");
  const out = new Map<string, string>();
  lines.forEach((line, index) => {
    if (!line.startsWith("AwsManagedPolicy.")) return;
    const value = ASSIGNMENT.exec(line)?.[1];
    const comment = COMMENT.exec(lines[index - 1] ?? "")?.[1];
    if (value === undefined || comment === undefined) {
      throw new Error(`${DESCRIPTIONS_FILE}:${index + 1}: unexpected shape`);
    }
    const arn = `arn:aws:iam::aws:policy/${value}`;
    if (out.has(arn)) throw new Error(`${DESCRIPTIONS_FILE}: ${arn} twice`);
    if (comment.trim() !== "") out.set(arn, comment);
  });
  return out;
}

export function readDescriptions(projectRoot: string): Map<string, string> {
  return parseDescriptions(readFileSync(join(projectRoot, DESCRIPTIONS_FILE), "utf8"));
}
