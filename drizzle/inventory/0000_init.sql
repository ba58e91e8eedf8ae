CREATE TABLE "medications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"generic_name" text,
	"form" text NOT NULL,
	"strength" text NOT NULL,
	"requires_prescription" boolean NOT NULL,
	"price_amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "medications_name_not_blank" CHECK (btrim("medications"."name") <> ''),
	CONSTRAINT "medications_price_amount_check" CHECK ("medications"."price_amount" >= 0),
	CONSTRAINT "medications_currency_check" CHECK ("medications"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "pharmacies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pharmacies_latitude_check" CHECK ("pharmacies"."latitude" between -90 and 90),
	CONSTRAINT "pharmacies_longitude_check" CHECK ("pharmacies"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "stock" (
	"pharmacy_id" uuid NOT NULL,
	"medication_id" uuid NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_pharmacy_id_medication_id_pk" PRIMARY KEY("pharmacy_id","medication_id"),
	CONSTRAINT "stock_on_hand_check" CHECK ("stock"."on_hand" >= 0),
	CONSTRAINT "stock_reserved_check" CHECK ("stock"."reserved" >= 0),
	CONSTRAINT "stock_reserved_within_on_hand" CHECK ("stock"."reserved" <= "stock"."on_hand")
);
--> statement-breakpoint
CREATE TABLE "stock_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pharmacy_id" uuid NOT NULL,
	"medication_id" uuid NOT NULL,
	"delta_on_hand" integer NOT NULL,
	"delta_reserved" integer NOT NULL,
	"reason" text NOT NULL,
	"actor" text NOT NULL,
	"order_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_reservations" (
	"order_id" uuid NOT NULL,
	"pharmacy_id" uuid NOT NULL,
	"medication_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_reservations_order_id_medication_id_pk" PRIMARY KEY("order_id","medication_id"),
	CONSTRAINT "stock_reservations_quantity_check" CHECK ("stock_reservations"."quantity" > 0),
	CONSTRAINT "stock_reservations_status_check" CHECK ("stock_reservations"."status" in ('RESERVED', 'RELEASED', 'COMMITTED'))
);
--> statement-breakpoint
ALTER TABLE "stock" ADD CONSTRAINT "stock_pharmacy_id_pharmacies_id_fk" FOREIGN KEY ("pharmacy_id") REFERENCES "public"."pharmacies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock" ADD CONSTRAINT "stock_medication_id_medications_id_fk" FOREIGN KEY ("medication_id") REFERENCES "public"."medications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_changes" ADD CONSTRAINT "stock_changes_pharmacy_id_pharmacies_id_fk" FOREIGN KEY ("pharmacy_id") REFERENCES "public"."pharmacies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_changes" ADD CONSTRAINT "stock_changes_medication_id_medications_id_fk" FOREIGN KEY ("medication_id") REFERENCES "public"."medications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_pharmacy_id_pharmacies_id_fk" FOREIGN KEY ("pharmacy_id") REFERENCES "public"."pharmacies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_medication_id_medications_id_fk" FOREIGN KEY ("medication_id") REFERENCES "public"."medications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pharmacies_location_idx" ON "pharmacies" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "stock_medication_idx" ON "stock" USING btree ("medication_id");--> statement-breakpoint
CREATE INDEX "stock_changes_stock_idx" ON "stock_changes" USING btree ("pharmacy_id","medication_id");--> statement-breakpoint
CREATE INDEX "stock_changes_order_idx" ON "stock_changes" USING btree ("order_id");