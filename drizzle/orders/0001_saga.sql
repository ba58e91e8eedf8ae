ALTER TABLE "orders" ADD COLUMN "placement" text DEFAULT 'PLACED' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "available_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
CREATE INDEX "orders_unfinished_placement_idx" ON "orders" USING btree ("created_at") WHERE placement = 'PLACING';--> statement-breakpoint
CREATE INDEX "outbox_available_idx" ON "outbox" USING btree ("available_at") WHERE published_at is null;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_placement_check" CHECK ("orders"."placement" in ('PLACING', 'PLACED', 'FAILED'));