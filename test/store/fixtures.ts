import type { Insertable } from "kysely";
import type { Database } from "../../src/store/index.js";

export const ACCOUNT = "123456789012";
export const OTHER_ACCOUNT = "210987654321";
export const T0 = "2026-01-15T12:00:00.000Z";

type Rows = { [K in keyof Database]: Insertable<Database[K]>[] };

/** One or more rows for every table, every column given (nulls included). */
export function sampleRows(): Rows {
  return {
    accounts: [
      { id: ACCOUNT, created_at: T0, auth_version: 7 },
      { id: OTHER_ACCOUNT, created_at: T0, auth_version: 0 },
    ],
    users: [
      {
        id: "AIDAEXAMPLE000000001",
        account_id: ACCOUNT,
        name: "Alice",
        name_key: "alice",
        path: "/engineering/",
        created_at: T0,
        permissions_boundary_arn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
        password_last_used: "2026-01-16T08:30:00.123Z",
      },
      {
        id: "AIDAEXAMPLE000000002",
        account_id: ACCOUNT,
        name: "bob.é+=,@-_",
        name_key: "bob.é+=,@-_",
        path: "/",
        created_at: T0,
        permissions_boundary_arn: null,
        password_last_used: null,
      },
    ],
    groups: [
      {
        id: "AGPAEXAMPLE000000001",
        account_id: ACCOUNT,
        name: "Admins",
        name_key: "admins",
        path: "/",
        created_at: T0,
      },
    ],
    group_members: [
      {
        group_id: "AGPAEXAMPLE000000001",
        user_id: "AIDAEXAMPLE000000001",
        account_id: ACCOUNT,
        added_at: T0,
      },
    ],
    managed_policies: [
      {
        id: "ANPAEXAMPLE000000001",
        account_id: ACCOUNT,
        name: "ReadOnly",
        name_key: "readonly",
        path: "/",
        arn: `arn:aws:iam::${ACCOUNT}:policy/ReadOnly`,
        description: "Reads, 日本語 too",
        default_version_id: "v2",
        next_version: 2147483647,
        created_at: T0,
        updated_at: "2026-02-01T00:00:00.000Z",
      },
      {
        id: "ANPAEXAMPLE000000002",
        account_id: ACCOUNT,
        name: "NoDescription",
        name_key: "nodescription",
        path: "/team/",
        arn: `arn:aws:iam::${ACCOUNT}:policy/team/NoDescription`,
        description: null,
        default_version_id: "v1",
        next_version: 2,
        created_at: T0,
        updated_at: T0,
      },
    ],
    policy_versions: [
      {
        policy_id: "ANPAEXAMPLE000000001",
        version_id: "v1",
        document: '{"Version":"2012-10-17","Statement":[]}',
        created_at: T0,
      },
      {
        policy_id: "ANPAEXAMPLE000000001",
        version_id: "v2",
        document: '{ "Version" : "2012-10-17",\n  "Statement": [ ] }\n',
        created_at: T0,
      },
    ],
    policy_attachments: [
      {
        account_id: ACCOUNT,
        principal_type: "user",
        principal_id: "AIDAEXAMPLE000000001",
        policy_arn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
        attached_at: T0,
      },
      {
        account_id: ACCOUNT,
        principal_type: "group",
        principal_id: "AGPAEXAMPLE000000001",
        policy_arn: `arn:aws:iam::${ACCOUNT}:policy/ReadOnly`,
        attached_at: T0,
      },
    ],
    inline_policies: [
      {
        account_id: ACCOUNT,
        principal_type: "role",
        principal_id: "AROAEXAMPLE000000001",
        name: "Inline",
        document: '{"Version":"2012-10-17","Statement":[]}',
        updated_at: T0,
      },
    ],
    access_keys: [
      {
        id: "AKIAEXAMPLE000000001",
        account_id: ACCOUNT,
        user_id: "AIDAEXAMPLE000000001",
        secret: "v1.nonce.ciphertext",
        status: "Active",
        created_at: T0,
        last_used_at: "2026-01-20T10:00:00.000Z",
        last_used_region: "eu-west-1",
        last_used_service: "iam",
      },
      {
        id: "AKIAEXAMPLE000000002",
        account_id: ACCOUNT,
        user_id: null,
        secret: "v1.nonce.ciphertext2",
        status: "Inactive",
        created_at: T0,
        last_used_at: null,
        last_used_region: null,
        last_used_service: null,
      },
    ],
    tags: [
      {
        account_id: ACCOUNT,
        resource_type: "user",
        resource_id: "AIDAEXAMPLE000000001",
        key: "Team",
        key_key: "team",
        value: "",
        position: 0,
      },
      {
        account_id: ACCOUNT,
        resource_type: "user",
        resource_id: "AIDAEXAMPLE000000001",
        key: "CostCentre",
        key_key: "costcentre",
        value: "42 ✓",
        position: 1,
      },
    ],
    server_settings: [{ name: "secret_key_check", value: "abc" }],
    roles: [
      {
        id: "AROAEXAMPLE000000001",
        account_id: ACCOUNT,
        name: "EC2-S3-Access",
        name_key: "ec2-s3-access",
        path: "/service-role/",
        created_at: T0,
        assume_role_policy:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
        description: "Lets EC2 read S3 — ünïcode",
        max_session_duration: 43200,
        permissions_boundary_arn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
        last_used_at: "2026-01-16T08:30:00.123Z",
        last_used_region: "us-east-1",
      },
      {
        id: "AROAEXAMPLE000000002",
        account_id: ACCOUNT,
        name: "plain",
        name_key: "plain",
        path: "/",
        created_at: T0,
        assume_role_policy: "{}",
        description: null,
        max_session_duration: 3600,
        permissions_boundary_arn: null,
        last_used_at: null,
        last_used_region: null,
      },
    ],
    instance_profiles: [
      {
        id: "AIPAEXAMPLE000000001",
        account_id: ACCOUNT,
        name: "EC2-S3-Access",
        name_key: "ec2-s3-access",
        path: "/",
        created_at: T0,
      },
    ],
    instance_profile_roles: [
      {
        instance_profile_id: "AIPAEXAMPLE000000001",
        role_id: "AROAEXAMPLE000000001",
        account_id: ACCOUNT,
        added_at: T0,
      },
    ],
    login_profiles: [
      {
        user_id: "AIDAEXAMPLE000000001",
        account_id: ACCOUNT,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
        created_at: T0,
        password_changed_at: T0,
        password_reset_required: 1,
      },
    ],
    password_history: [
      {
        user_id: "AIDAEXAMPLE000000001",
        seq: 1,
        account_id: ACCOUNT,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$b2xkc2FsdA$b2xkaGFzaA",
        set_at: T0,
      },
    ],
    password_policies: [
      {
        account_id: ACCOUNT,
        minimum_length: 14,
        require_symbols: 1,
        require_numbers: 1,
        require_uppercase: 0,
        require_lowercase: 1,
        allow_users_to_change: 1,
        max_age_days: 90,
        reuse_prevention: 24,
        hard_expiry: 0,
      },
      {
        account_id: OTHER_ACCOUNT,
        minimum_length: 8,
        require_symbols: 0,
        require_numbers: 0,
        require_uppercase: 0,
        require_lowercase: 0,
        allow_users_to_change: 0,
        max_age_days: null,
        reuse_prevention: null,
        hard_expiry: 1,
      },
    ],
    account_aliases: [{ alias: "example-corp", account_id: ACCOUNT, created_at: T0 }],
    credential_reports: [
      {
        account_id: ACCOUNT,
        generated_at: T0,
        content: "user,arn,user_creation_time\n<root_account>,arn:aws:iam::123456789012:root,N/A\n",
      },
    ],
  };
}
