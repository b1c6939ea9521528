import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_activities_signup_questions" AS ENUM('pickup', 'diet', 'mobility', 'note');
  CREATE TYPE "public"."enum__activities_v_version_signup_questions" AS ENUM('pickup', 'diet', 'mobility', 'note');
  CREATE TYPE "public"."enum_signups_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_signups_source" AS ENUM('online', 'phone');
  CREATE TYPE "public"."enum_signups_mobility" AS ENUM('limited', 'wheelchair');
  CREATE TYPE "public"."enum_signups_to_phone_reason" AS ENUM('movedUp', 'activityMoved', 'activityCancelled');
  CREATE TYPE "public"."enum_signups_attendance" AS ENUM('attended', 'noShow');
  CREATE TYPE "public"."enum_signups_locale" AS ENUM('zh', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendSignupMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'promoteSignupWaitlist' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendSignupReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'announceActivityChange' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseExpiredSignups' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendSignupMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'promoteSignupWaitlist' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendSignupReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'announceActivityChange' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseExpiredSignups' BEFORE 'schedulePublish';
  CREATE TABLE "activities_signup_questions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_activities_signup_questions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_activities_v_version_signup_questions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__activities_v_version_signup_questions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "signups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"token" varchar,
  	"activity_id" integer NOT NULL,
  	"status" "enum_signups_status" DEFAULT 'confirmed' NOT NULL,
  	"source" "enum_signups_source" DEFAULT 'online',
  	"party_size" numeric NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"pickup" boolean,
  	"diet" varchar,
  	"mobility" "enum_signups_mobility",
  	"note" varchar,
  	"staff_notes" varchar,
  	"to_phone" boolean,
  	"to_phone_reason" "enum_signups_to_phone_reason",
  	"attendance" "enum_signups_attendance",
  	"checked_in_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"locale" "enum_signups_locale" DEFAULT 'zh',
  	"consent_at" timestamp(3) with time zone,
  	"reminder_sent_for" timestamp(3) with time zone,
  	"idempotency_key" varchar,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "signup_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reminder_time" varchar DEFAULT '18:00' NOT NULL,
  	"move_up_cutoff_hours" numeric DEFAULT 24 NOT NULL,
  	"retention_days" numeric DEFAULT 90 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "activities" ADD COLUMN "signup_enabled" boolean DEFAULT false;
  ALTER TABLE "activities" ADD COLUMN "signup_max_party" numeric DEFAULT 2;
  ALTER TABLE "activities" ADD COLUMN "signup_held_for_phone" numeric DEFAULT 0;
  ALTER TABLE "activities" ADD COLUMN "signup_deadline" timestamp(3) with time zone;
  ALTER TABLE "activities" ADD COLUMN "signup_cancelled" boolean DEFAULT false;
  ALTER TABLE "_activities_v" ADD COLUMN "version_signup_enabled" boolean DEFAULT false;
  ALTER TABLE "_activities_v" ADD COLUMN "version_signup_max_party" numeric DEFAULT 2;
  ALTER TABLE "_activities_v" ADD COLUMN "version_signup_held_for_phone" numeric DEFAULT 0;
  ALTER TABLE "_activities_v" ADD COLUMN "version_signup_deadline" timestamp(3) with time zone;
  ALTER TABLE "_activities_v" ADD COLUMN "version_signup_cancelled" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signups_id" integer;
  ALTER TABLE "activities_signup_questions" ADD CONSTRAINT "activities_signup_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_signup_questions" ADD CONSTRAINT "_activities_v_version_signup_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "signups" ADD CONSTRAINT "signups_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activities_signup_questions_order_idx" ON "activities_signup_questions" USING btree ("order");
  CREATE INDEX "activities_signup_questions_parent_idx" ON "activities_signup_questions" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_signup_questions_order_idx" ON "_activities_v_version_signup_questions" USING btree ("order");
  CREATE INDEX "_activities_v_version_signup_questions_parent_idx" ON "_activities_v_version_signup_questions" USING btree ("parent_id");
  CREATE UNIQUE INDEX "signups_reference_idx" ON "signups" USING btree ("reference");
  CREATE UNIQUE INDEX "signups_token_idx" ON "signups" USING btree ("token");
  CREATE INDEX "signups_activity_idx" ON "signups" USING btree ("activity_id");
  CREATE INDEX "signups_status_idx" ON "signups" USING btree ("status");
  CREATE INDEX "signups_to_phone_idx" ON "signups" USING btree ("to_phone");
  CREATE UNIQUE INDEX "signups_idempotency_key_idx" ON "signups" USING btree ("idempotency_key");
  CREATE INDEX "signups_updated_at_idx" ON "signups" USING btree ("updated_at");
  CREATE INDEX "signups_created_at_idx" ON "signups" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signups_fk" FOREIGN KEY ("signups_id") REFERENCES "public"."signups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_signups_id_idx" ON "payload_locked_documents_rels" USING btree ("signups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities_signup_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_activities_v_version_signup_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signup_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activities_signup_questions" CASCADE;
  DROP TABLE "_activities_v_version_signup_questions" CASCADE;
  DROP TABLE "signups" CASCADE;
  DROP TABLE "signup_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signups_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'purgeExpiredAuditEntries', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'purgeExpiredAuditEntries', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_signups_id_idx";
  ALTER TABLE "activities" DROP COLUMN "signup_enabled";
  ALTER TABLE "activities" DROP COLUMN "signup_max_party";
  ALTER TABLE "activities" DROP COLUMN "signup_held_for_phone";
  ALTER TABLE "activities" DROP COLUMN "signup_deadline";
  ALTER TABLE "activities" DROP COLUMN "signup_cancelled";
  ALTER TABLE "_activities_v" DROP COLUMN "version_signup_enabled";
  ALTER TABLE "_activities_v" DROP COLUMN "version_signup_max_party";
  ALTER TABLE "_activities_v" DROP COLUMN "version_signup_held_for_phone";
  ALTER TABLE "_activities_v" DROP COLUMN "version_signup_deadline";
  ALTER TABLE "_activities_v" DROP COLUMN "version_signup_cancelled";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signups_id";
  DROP TYPE "public"."enum_activities_signup_questions";
  DROP TYPE "public"."enum__activities_v_version_signup_questions";
  DROP TYPE "public"."enum_signups_status";
  DROP TYPE "public"."enum_signups_source";
  DROP TYPE "public"."enum_signups_mobility";
  DROP TYPE "public"."enum_signups_to_phone_reason";
  DROP TYPE "public"."enum_signups_attendance";
  DROP TYPE "public"."enum_signups_locale";`)
}
