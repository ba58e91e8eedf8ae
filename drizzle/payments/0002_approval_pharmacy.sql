ALTER TABLE "payment_approvals" ADD COLUMN "pharmacy_id" uuid;--> statement-breakpoint
CREATE INDEX "payment_approvals_pharmacy_idx" ON "payment_approvals" USING btree ("pharmacy_id","id");