CREATE SEQUENCE "public"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 4294967295 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE SEQUENCE "public"."case_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 16777215 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
ALTER TABLE "returns" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "returns" ALTER COLUMN "status" SET DEFAULT 'OPEN'::text;--> statement-breakpoint
-- Written by hand: returns from before the OPEN -> CLOSED | REJECTED lifecycle keep their meaning.
UPDATE "returns" SET "status" = 'OPEN' WHERE "status" = 'REQUESTED';--> statement-breakpoint
UPDATE "returns" SET "status" = 'CLOSED' WHERE "status" = 'RECEIVED';--> statement-breakpoint
DROP TYPE "public"."return_status";--> statement-breakpoint
CREATE TYPE "public"."return_status" AS ENUM('OPEN', 'CLOSED', 'REJECTED');--> statement-breakpoint
ALTER TABLE "returns" ALTER COLUMN "status" SET DEFAULT 'OPEN'::"public"."return_status";--> statement-breakpoint
ALTER TABLE "returns" ALTER COLUMN "status" SET DATA TYPE "public"."return_status" USING "status"::"public"."return_status";--> statement-breakpoint
ALTER TABLE "dealers" ADD COLUMN "service_bays" integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "dealers" ADD CONSTRAINT "dealers_service_bays_ck" CHECK ("dealers"."service_bays" >= 1);