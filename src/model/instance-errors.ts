/**
 * The errors of the instances API (LaunchInstance, DescribeInstances,
 * TerminateInstance, ReplaceInstanceProfile) and of DeleteInstanceProfile
 * while instances use the profile. Codes and texts follow EC2's where EC2
 * has the same case (InvalidParameterValue for an unknown instance profile,
 * InvalidInstanceID.NotFound / .Malformed, IncorrectInstanceState); the
 * texts are EC2's as its documentation and public issues show them.
 */
import { IamError } from "./errors.js";

/** EC2's answer to RunInstances with an instance profile name that does not exist. */
export const invalidInstanceProfileName = (name: string) =>
  new IamError(
    "InvalidParameterValue",
    400,
    `Value (${name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
  );

export const instanceNotFound = (id: string) =>
  new IamError("InvalidInstanceID.NotFound", 400, `The instance ID '${id}' does not exist`);

export const instanceIdMalformed = (id: string) =>
  new IamError("InvalidInstanceID.Malformed", 400, `Invalid id: "${id}"`);

export const incorrectInstanceState = (id: string, state: string) =>
  new IamError(
    "IncorrectInstanceState",
    400,
    `The instance '${id}' is not in a state from which its instance profile can be replaced (${state}).`,
  );

/** DeleteInstanceProfile while an instance that is not terminated uses the profile. */
export const instanceProfileInUse = () =>
  new IamError(
    "DeleteConflict",
    409,
    "Cannot delete entity, must terminate the instances using this instance profile first.",
  );
