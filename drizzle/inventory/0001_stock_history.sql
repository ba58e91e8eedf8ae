DROP INDEX "stock_changes_stock_idx";--> statement-breakpoint
CREATE INDEX "stock_changes_history_idx" ON "stock_changes" USING btree ("pharmacy_id","medication_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- Reasons written before the history was public, renamed to the kinds the check below allows.
UPDATE "stock_changes" SET "reason" = CASE "reason"
  WHEN 'set by staff' THEN 'stock-take'
  WHEN 'reserved for order' THEN 'reserved'
  WHEN 'released from order' THEN 'released'
  WHEN 'sold to order' THEN 'sold'
  WHEN 'returned from cancelled order' THEN 'returned'
  END
WHERE "reason" IN ('set by staff', 'reserved for order', 'released from order', 'sold to order', 'returned from cancelled order');--> statement-breakpoint
ALTER TABLE "stock_changes" ADD CONSTRAINT "stock_changes_reason_check" CHECK ("stock_changes"."reason" in ('stock-take', 'reserved', 'released', 'sold', 'returned'));