CREATE TABLE "dispensations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispensations_order_item_unique" UNIQUE("order_id","item_id"),
	CONSTRAINT "dispensations_quantity_check" CHECK ("dispensations"."quantity" > 0),
	CONSTRAINT "dispensations_status_check" CHECK ("dispensations"."status" in ('TAKEN', 'RETURNED'))
);
--> statement-breakpoint
CREATE TABLE "prescription_access_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"prescription_id" uuid NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescription_access_log_action_check" CHECK ("prescription_access_log"."action" in ('READ', 'CREATE', 'VERIFY', 'REJECT', 'DELETE', 'TAKE', 'RETURN'))
);
--> statement-breakpoint
CREATE TABLE "prescription_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"prescription_id" uuid NOT NULL,
	"medication_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"refills" integer DEFAULT 0 NOT NULL,
	"instructions" text,
	CONSTRAINT "prescription_items_medication_unique" UNIQUE("prescription_id","medication_id"),
	CONSTRAINT "prescription_items_quantity_check" CHECK ("prescription_items"."quantity" > 0),
	CONSTRAINT "prescription_items_refills_check" CHECK ("prescription_items"."refills" >= 0)
);
--> statement-breakpoint
CREATE TABLE "prescriptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text NOT NULL,
	"prescriber_name" text NOT NULL,
	"prescriber_license" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescriptions_status_check" CHECK ("prescriptions"."status" in ('SUBMITTED', 'VERIFIED', 'REJECTED')),
	CONSTRAINT "prescriptions_validity_check" CHECK ("prescriptions"."expires_at" > "prescriptions"."issued_at"),
	CONSTRAINT "prescriptions_review_check" CHECK (("prescriptions"."status" = 'SUBMITTED') = ("prescriptions"."verified_by" is null and "prescriptions"."verified_at" is null)),
	CONSTRAINT "prescriptions_rejection_reason_check" CHECK (("prescriptions"."status" = 'REJECTED') = ("prescriptions"."rejection_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "dispensations" ADD CONSTRAINT "dispensations_item_id_prescription_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."prescription_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescription_items" ADD CONSTRAINT "prescription_items_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "public"."prescriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dispensations_item_idx" ON "dispensations" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "prescription_access_log_prescription_idx" ON "prescription_access_log" USING btree ("prescription_id");--> statement-breakpoint
CREATE INDEX "prescriptions_patient_idx" ON "prescriptions" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "prescriptions_status_idx" ON "prescriptions" USING btree ("status");