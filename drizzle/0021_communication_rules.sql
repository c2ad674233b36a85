CREATE TABLE "communication_rules" (
	"audience" text PRIMARY KEY NOT NULL,
	"kinds" text[] NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "communication_rules_audience_ck" CHECK ("communication_rules"."audience" in ('VERY_LOYAL', 'REGULAR', 'OCCASIONAL', 'NO_PURCHASE', 'LAPSED')),
	CONSTRAINT "communication_rules_kinds_ck" CHECK ("communication_rules"."kinds" <@ array['GREETING', 'BIRTHDAY', 'RECOMMENDATION', 'OFFER', 'REACTIVATION']::text[])
);
--> statement-breakpoint
-- hand-written: the matrix as it was before it became configurable (the CRM practice: greetings rather than sales pitches for the very loyal).
INSERT INTO "communication_rules" ("audience", "kinds") VALUES
  ('VERY_LOYAL', ARRAY['GREETING', 'BIRTHDAY', 'RECOMMENDATION']),
  ('REGULAR', ARRAY['BIRTHDAY', 'RECOMMENDATION', 'OFFER']),
  ('OCCASIONAL', ARRAY['OFFER', 'REACTIVATION']),
  ('NO_PURCHASE', ARRAY['OFFER']),
  ('LAPSED', ARRAY['REACTIVATION']);
