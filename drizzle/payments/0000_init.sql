CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_approvals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text NOT NULL,
	"method" text,
	"failure_reason" text,
	"provider_ref" text,
	"idempotency_key" text NOT NULL,
	"request_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_approvals_payer_idempotency_key" UNIQUE("payer_id","idempotency_key"),
	CONSTRAINT "payment_approvals_status_check" CHECK ("payment_approvals"."status" in ('PENDING', 'APPROVED', 'DECLINED', 'REFUNDED')),
	CONSTRAINT "payment_approvals_amount_check" CHECK ("payment_approvals"."amount" > 0),
	CONSTRAINT "payment_approvals_currency_check" CHECK ("payment_approvals"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"approval_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_amount_check" CHECK ("refunds"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_approval_id_payment_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."payment_approvals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "outbox" USING btree ("id") WHERE published_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_approvals_one_live_per_order" ON "payment_approvals" USING btree ("order_id") WHERE status in ('APPROVED', 'REFUNDED', 'PENDING');--> statement-breakpoint
CREATE INDEX "payment_approvals_order_idx" ON "payment_approvals" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "refunds_approval_idx" ON "refunds" USING btree ("approval_id");