CREATE TABLE "webhook_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "refunds" DROP CONSTRAINT "refunds_one_per_approval";--> statement-breakpoint
ALTER TABLE "payment_approvals" DROP CONSTRAINT "payment_approvals_status_check";--> statement-breakpoint
DROP INDEX "payment_approvals_pending_idx";--> statement-breakpoint
DROP INDEX "payment_approvals_one_live_per_order";--> statement-breakpoint
ALTER TABLE "payment_approvals" ADD COLUMN "provider" text DEFAULT 'sandbox' NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_approvals" ADD COLUMN "refunded_amount" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "provider_refund_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_approvals_provider_ref_idx" ON "payment_approvals" USING btree ("provider","provider_ref");--> statement-breakpoint
CREATE INDEX "payment_approvals_unsettled_idx" ON "payment_approvals" USING btree ("updated_at") WHERE status in ('PENDING', 'REQUIRES_ACTION');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_approvals_one_live_per_order" ON "payment_approvals" USING btree ("order_id") WHERE status in ('APPROVED', 'REFUNDED', 'PENDING', 'REQUIRES_ACTION');--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_provider_refund_id" UNIQUE("provider_refund_id");--> statement-breakpoint
ALTER TABLE "payment_approvals" ADD CONSTRAINT "payment_approvals_refunded_check" CHECK ("payment_approvals"."refunded_amount" >= 0 and "payment_approvals"."refunded_amount" <= "payment_approvals"."amount");--> statement-breakpoint
ALTER TABLE "payment_approvals" ADD CONSTRAINT "payment_approvals_provider_check" CHECK ("payment_approvals"."provider" in ('sandbox', 'stripe'));--> statement-breakpoint
ALTER TABLE "payment_approvals" ADD CONSTRAINT "payment_approvals_status_check" CHECK ("payment_approvals"."status" in ('PENDING', 'REQUIRES_ACTION', 'APPROVED', 'DECLINED', 'REFUNDED'));--> statement-breakpoint
-- Payments refunded before partial refunds existed were refunded in full.
UPDATE "payment_approvals" SET "refunded_amount" = "amount" WHERE "status" = 'REFUNDED';