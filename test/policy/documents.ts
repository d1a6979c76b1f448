/** Policy documents more than one test file needs. */

/** Issue 14's document: a Null condition valued "maybe", once accepted and then unreadable. */
export const NULL_MAYBE = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: "*",
      Resource: "*",
      Condition: { Null: { "aws:TokenIssueTime": "maybe" } },
    },
  ],
});
