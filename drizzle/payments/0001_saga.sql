ALTER TABLE "outbox" ADD COLUMN "available_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
CREATE INDEX "outbox_available_idx" ON "outbox" USING btree ("available_at") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "payment_approvals_pending_idx" ON "payment_approvals" USING btree ("created_at") WHERE status = 'PENDING';--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_one_per_approval" UNIQUE("approval_id");