CREATE TABLE "prescription_documents" (
	"prescription_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "prescription_documents_content_type_check" CHECK ("prescription_documents"."content_type" in ('image/png', 'image/jpeg', 'application/pdf')),
	CONSTRAINT "prescription_documents_size_check" CHECK ("prescription_documents"."size_bytes" = octet_length("prescription_documents"."bytes") and "prescription_documents"."size_bytes" between 1 and 5242880)
);
--> statement-breakpoint
ALTER TABLE "prescription_access_log" DROP CONSTRAINT "prescription_access_log_action_check";--> statement-breakpoint
ALTER TABLE "dispensations" ADD COLUMN "pharmacy_id" uuid;--> statement-breakpoint
ALTER TABLE "prescription_access_log" ADD COLUMN "actor_user_id" uuid;--> statement-breakpoint
ALTER TABLE "prescription_access_log" ADD COLUMN "operation_id" text;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "pharmacy_id" uuid;--> statement-breakpoint
ALTER TABLE "prescription_documents" ADD CONSTRAINT "prescription_documents_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "public"."prescriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "prescription_access_log_read_once" ON "prescription_access_log" USING btree ("operation_id","prescription_id","actor_id") WHERE "prescription_access_log"."action" = 'READ';--> statement-breakpoint
CREATE INDEX "prescriptions_pharmacy_idx" ON "prescriptions" USING btree ("pharmacy_id");--> statement-breakpoint
-- Entries written before this migration, in today's terms: a take or return an order made is the
-- patient's, done by the service; TAKE is now DISPENSE; a user's entry names that user.
UPDATE "prescription_access_log" AS "log" SET "actor_id" = "p"."patient_id"::text, "actor_user_id" = "p"."patient_id", "actor_role" = 'SERVICE:' || "log"."actor_id" FROM "prescriptions" AS "p" WHERE "p"."id" = "log"."prescription_id" AND "log"."action" IN ('TAKE', 'RETURN') AND "log"."actor_role" = 'SERVICE';--> statement-breakpoint
UPDATE "prescription_access_log" SET "action" = 'DISPENSE' WHERE "action" = 'TAKE';--> statement-breakpoint
UPDATE "prescription_access_log" SET "actor_user_id" = "actor_id"::uuid WHERE "actor_role" IN ('PATIENT', 'PHARMACIST', 'COURIER', 'ADMIN');--> statement-breakpoint
ALTER TABLE "prescription_access_log" ADD CONSTRAINT "prescription_access_log_action_check" CHECK ("prescription_access_log"."action" in ('READ', 'CREATE', 'VERIFY', 'REJECT', 'DISPENSE', 'RETURN', 'DELETE'));