-- Accounts made before sign-up required a confirmed email count as confirmed: otherwise the
-- first emailed sign-in link to one would treat its own password as a squatter's and take
-- its keys and memberships away (auth/revokeUnprovenHolder.ts). Accounts made from here on
-- start unconfirmed (the column's default) and are confirmed only by proof.
UPDATE "user" SET "email_verified" = true WHERE "email_verified" = false;
