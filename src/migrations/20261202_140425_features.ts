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
  CREATE TYPE "public"."enum_volunteers_skills" AS ENUM('companionship', 'cooking', 'events', 'media', 'performance', 'repairs', 'health', 'digital', 'tutoring');
  CREATE TYPE "public"."enum_volunteers_availability" AS ENUM('weekday-mornings', 'weekday-afternoons', 'weekday-evenings', 'weekends');
  CREATE TYPE "public"."enum_volunteers_status" AS ENUM('core', 'regular', 'occasional', 'paused', 'left');
  CREATE TYPE "public"."enum_service_records_kind" AS ENUM('festival', 'vitality-contest', 'health-lecture', 'tea-service', 'merchant-service', 'training', 'monthly-meeting', 'other');
  CREATE TYPE "public"."enum_duties_role" AS ENUM('door', 'tea', 'dumplings', 'escort', 'sign-in', 'photos', 'other');
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
  
  CREATE TABLE "recruitment_calls_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "recruitment_calls_choices_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_recruitment_calls_v_version_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_recruitment_calls_v_version_choices_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
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
  
  CREATE TABLE "volunteers_skills" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteers_skills",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteers_availability" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteers_availability",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"mobile" varchar,
  	"email" varchar,
  	"courtyard_id" integer,
  	"joined_at" timestamp(3) with time zone,
  	"status" "enum_volunteers_status" DEFAULT 'regular' NOT NULL,
  	"mentor_id" integer,
  	"user_id" integer,
  	"note" varchar,
  	"id_consent" boolean,
  	"id_number_masked" varchar,
  	"id_number_cipher" varchar,
  	"link_token" varchar,
  	"anonymised_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "service_records_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"reason" varchar NOT NULL,
  	"changes" varchar NOT NULL
  );
  
  CREATE TABLE "service_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"volunteer_id" integer NOT NULL,
  	"activity_id" integer,
  	"activity_name" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"hours" numeric NOT NULL,
  	"place" varchar,
  	"kind" "enum_service_records_kind",
  	"content" varchar,
  	"organiser" varchar,
  	"person_in_charge" varchar,
  	"is_training" boolean,
  	"voided" boolean DEFAULT false,
  	"recorded_by_id" integer,
  	"recorded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "duties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"role" "enum_duties_role" NOT NULL,
  	"role_note" varchar,
  	"needed" numeric DEFAULT 1 NOT NULL,
  	"label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "duties_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"volunteers_id" integer
  );
  
  CREATE TABLE "certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"volunteer_id" integer NOT NULL,
  	"period_from" timestamp(3) with time zone NOT NULL,
  	"period_to" timestamp(3) with time zone NOT NULL,
  	"name" varchar,
  	"total_hours" numeric,
  	"by_kind" jsonb,
  	"team_name" varchar,
  	"recording_unit" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"issued_by_id" integer,
  	"revoke_reason" varchar,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_by_id" integer,
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
  
  ALTER TABLE "applications" DROP CONSTRAINT "applications_mentor_id_users_id_fk";
  
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE text;
  DROP TYPE "public"."enum_applications_age_range";
  CREATE TYPE "public"."enum_applications_age_range" AS ENUM('14-15', '16-17', '18-35', '36-59', '60-69', '70-plus', '14-17');
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE "public"."enum_applications_age_range" USING "age_range"::"public"."enum_applications_age_range";
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
  ALTER TABLE "recruitment_calls" ADD COLUMN "minimum_age" numeric DEFAULT 14;
  ALTER TABLE "recruitment_calls_locales" ADD COLUMN "next_steps" varchar;
  ALTER TABLE "_recruitment_calls_v" ADD COLUMN "version_minimum_age" numeric DEFAULT 14;
  ALTER TABLE "_recruitment_calls_v_locales" ADD COLUMN "version_next_steps" varchar;
  ALTER TABLE "applications" ADD COLUMN "volunteer_id" integer;
  ALTER TABLE "applications" ADD COLUMN "choice" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_card_small_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_hero_small_filename" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signups_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "volunteers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_records_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "duties_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificates_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "recording_unit" varchar;
  ALTER TABLE "activities_signup_questions" ADD CONSTRAINT "activities_signup_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_signup_questions" ADD CONSTRAINT "_activities_v_version_signup_questions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_calls_choices" ADD CONSTRAINT "recruitment_calls_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_calls_choices_locales" ADD CONSTRAINT "recruitment_calls_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_version_choices" ADD CONSTRAINT "_recruitment_calls_v_version_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_version_choices_locales" ADD CONSTRAINT "_recruitment_calls_v_version_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v_version_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "signups" ADD CONSTRAINT "signups_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteers_skills" ADD CONSTRAINT "volunteers_skills_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteers_availability" ADD CONSTRAINT "volunteers_availability_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_courtyard_id_courtyards_id_fk" FOREIGN KEY ("courtyard_id") REFERENCES "public"."courtyards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_mentor_id_volunteers_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records_corrections" ADD CONSTRAINT "service_records_corrections_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records_corrections" ADD CONSTRAINT "service_records_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_records" ADD CONSTRAINT "service_records_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "duties" ADD CONSTRAINT "duties_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "duties_rels" ADD CONSTRAINT "duties_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."duties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "duties_rels" ADD CONSTRAINT "duties_rels_volunteers_fk" FOREIGN KEY ("volunteers_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activities_signup_questions_order_idx" ON "activities_signup_questions" USING btree ("order");
  CREATE INDEX "activities_signup_questions_parent_idx" ON "activities_signup_questions" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_signup_questions_order_idx" ON "_activities_v_version_signup_questions" USING btree ("order");
  CREATE INDEX "_activities_v_version_signup_questions_parent_idx" ON "_activities_v_version_signup_questions" USING btree ("parent_id");
  CREATE INDEX "recruitment_calls_choices_order_idx" ON "recruitment_calls_choices" USING btree ("_order");
  CREATE INDEX "recruitment_calls_choices_parent_id_idx" ON "recruitment_calls_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "recruitment_calls_choices_locales_locale_parent_id_unique" ON "recruitment_calls_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_recruitment_calls_v_version_choices_order_idx" ON "_recruitment_calls_v_version_choices" USING btree ("_order");
  CREATE INDEX "_recruitment_calls_v_version_choices_parent_id_idx" ON "_recruitment_calls_v_version_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_recruitment_calls_v_version_choices_locales_locale_parent_i" ON "_recruitment_calls_v_version_choices_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "signups_reference_idx" ON "signups" USING btree ("reference");
  CREATE UNIQUE INDEX "signups_token_idx" ON "signups" USING btree ("token");
  CREATE INDEX "signups_activity_idx" ON "signups" USING btree ("activity_id");
  CREATE INDEX "signups_status_idx" ON "signups" USING btree ("status");
  CREATE INDEX "signups_to_phone_idx" ON "signups" USING btree ("to_phone");
  CREATE UNIQUE INDEX "signups_idempotency_key_idx" ON "signups" USING btree ("idempotency_key");
  CREATE INDEX "signups_updated_at_idx" ON "signups" USING btree ("updated_at");
  CREATE INDEX "signups_created_at_idx" ON "signups" USING btree ("created_at");
  CREATE INDEX "volunteers_skills_order_idx" ON "volunteers_skills" USING btree ("order");
  CREATE INDEX "volunteers_skills_parent_idx" ON "volunteers_skills" USING btree ("parent_id");
  CREATE INDEX "volunteers_availability_order_idx" ON "volunteers_availability" USING btree ("order");
  CREATE INDEX "volunteers_availability_parent_idx" ON "volunteers_availability" USING btree ("parent_id");
  CREATE INDEX "volunteers_name_idx" ON "volunteers" USING btree ("name");
  CREATE INDEX "volunteers_mobile_idx" ON "volunteers" USING btree ("mobile");
  CREATE INDEX "volunteers_courtyard_idx" ON "volunteers" USING btree ("courtyard_id");
  CREATE INDEX "volunteers_joined_at_idx" ON "volunteers" USING btree ("joined_at");
  CREATE INDEX "volunteers_status_idx" ON "volunteers" USING btree ("status");
  CREATE INDEX "volunteers_mentor_idx" ON "volunteers" USING btree ("mentor_id");
  CREATE INDEX "volunteers_user_idx" ON "volunteers" USING btree ("user_id");
  CREATE UNIQUE INDEX "volunteers_link_token_idx" ON "volunteers" USING btree ("link_token");
  CREATE INDEX "volunteers_updated_at_idx" ON "volunteers" USING btree ("updated_at");
  CREATE INDEX "volunteers_created_at_idx" ON "volunteers" USING btree ("created_at");
  CREATE INDEX "service_records_corrections_order_idx" ON "service_records_corrections" USING btree ("_order");
  CREATE INDEX "service_records_corrections_parent_id_idx" ON "service_records_corrections" USING btree ("_parent_id");
  CREATE INDEX "service_records_corrections_by_idx" ON "service_records_corrections" USING btree ("by_id");
  CREATE INDEX "service_records_volunteer_idx" ON "service_records" USING btree ("volunteer_id");
  CREATE INDEX "service_records_activity_idx" ON "service_records" USING btree ("activity_id");
  CREATE INDEX "service_records_date_idx" ON "service_records" USING btree ("date");
  CREATE INDEX "service_records_kind_idx" ON "service_records" USING btree ("kind");
  CREATE INDEX "service_records_is_training_idx" ON "service_records" USING btree ("is_training");
  CREATE INDEX "service_records_voided_idx" ON "service_records" USING btree ("voided");
  CREATE INDEX "service_records_recorded_by_idx" ON "service_records" USING btree ("recorded_by_id");
  CREATE INDEX "service_records_updated_at_idx" ON "service_records" USING btree ("updated_at");
  CREATE INDEX "service_records_created_at_idx" ON "service_records" USING btree ("created_at");
  CREATE INDEX "duties_activity_idx" ON "duties" USING btree ("activity_id");
  CREATE INDEX "duties_updated_at_idx" ON "duties" USING btree ("updated_at");
  CREATE INDEX "duties_created_at_idx" ON "duties" USING btree ("created_at");
  CREATE INDEX "duties_rels_order_idx" ON "duties_rels" USING btree ("order");
  CREATE INDEX "duties_rels_parent_idx" ON "duties_rels" USING btree ("parent_id");
  CREATE INDEX "duties_rels_path_idx" ON "duties_rels" USING btree ("path");
  CREATE INDEX "duties_rels_volunteers_id_idx" ON "duties_rels" USING btree ("volunteers_id");
  CREATE UNIQUE INDEX "certificates_number_idx" ON "certificates" USING btree ("number");
  CREATE INDEX "certificates_volunteer_idx" ON "certificates" USING btree ("volunteer_id");
  CREATE INDEX "certificates_issued_by_idx" ON "certificates" USING btree ("issued_by_id");
  CREATE INDEX "certificates_revoked_by_idx" ON "certificates" USING btree ("revoked_by_id");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  ALTER TABLE "applications" ADD CONSTRAINT "applications_mentor_id_volunteers_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signups_fk" FOREIGN KEY ("signups_id") REFERENCES "public"."signups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteers_fk" FOREIGN KEY ("volunteers_id") REFERENCES "public"."volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_records_fk" FOREIGN KEY ("service_records_id") REFERENCES "public"."service_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_duties_fk" FOREIGN KEY ("duties_id") REFERENCES "public"."duties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificates_fk" FOREIGN KEY ("certificates_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "applications_volunteer_idx" ON "applications" USING btree ("volunteer_id");
  CREATE INDEX "media_sizes_card_small_sizes_card_small_filename_idx" ON "media" USING btree ("sizes_card_small_filename");
  CREATE INDEX "media_sizes_hero_small_sizes_hero_small_filename_idx" ON "media" USING btree ("sizes_hero_small_filename");
  CREATE INDEX "payload_locked_documents_rels_signups_id_idx" ON "payload_locked_documents_rels" USING btree ("signups_id");
  CREATE INDEX "payload_locked_documents_rels_volunteers_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteers_id");
  CREATE INDEX "payload_locked_documents_rels_service_records_id_idx" ON "payload_locked_documents_rels" USING btree ("service_records_id");
  CREATE INDEX "payload_locked_documents_rels_duties_id_idx" ON "payload_locked_documents_rels" USING btree ("duties_id");
  CREATE INDEX "payload_locked_documents_rels_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("certificates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities_signup_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_activities_v_version_signup_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recruitment_calls_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "recruitment_calls_choices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recruitment_calls_v_version_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_recruitment_calls_v_version_choices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signups" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteers_skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteers_availability" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_records_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_records" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "duties" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "duties_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signup_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activities_signup_questions" CASCADE;
  DROP TABLE "_activities_v_version_signup_questions" CASCADE;
  DROP TABLE "recruitment_calls_choices" CASCADE;
  DROP TABLE "recruitment_calls_choices_locales" CASCADE;
  DROP TABLE "_recruitment_calls_v_version_choices" CASCADE;
  DROP TABLE "_recruitment_calls_v_version_choices_locales" CASCADE;
  DROP TABLE "signups" CASCADE;
  DROP TABLE "volunteers_skills" CASCADE;
  DROP TABLE "volunteers_availability" CASCADE;
  DROP TABLE "volunteers" CASCADE;
  DROP TABLE "service_records_corrections" CASCADE;
  DROP TABLE "service_records" CASCADE;
  DROP TABLE "duties" CASCADE;
  DROP TABLE "duties_rels" CASCADE;
  DROP TABLE "certificates" CASCADE;
  DROP TABLE "signup_settings" CASCADE;
  ALTER TABLE "applications" DROP CONSTRAINT "applications_mentor_id_volunteers_id_fk";
  
  ALTER TABLE "applications" DROP CONSTRAINT "applications_volunteer_id_volunteers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signups_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_volunteers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_records_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_duties_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificates_fk";
  
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE text;
  DROP TYPE "public"."enum_applications_age_range";
  CREATE TYPE "public"."enum_applications_age_range" AS ENUM('14-17', '18-35', '36-59', '60-69', '70-plus');
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE "public"."enum_applications_age_range" USING "age_range"::"public"."enum_applications_age_range";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'purgeExpiredAuditEntries', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'purgeExpiredAuditEntries', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "applications_volunteer_idx";
  DROP INDEX "media_sizes_card_small_sizes_card_small_filename_idx";
  DROP INDEX "media_sizes_hero_small_sizes_hero_small_filename_idx";
  DROP INDEX "payload_locked_documents_rels_signups_id_idx";
  DROP INDEX "payload_locked_documents_rels_volunteers_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_records_id_idx";
  DROP INDEX "payload_locked_documents_rels_duties_id_idx";
  DROP INDEX "payload_locked_documents_rels_certificates_id_idx";
  ALTER TABLE "applications" ADD CONSTRAINT "applications_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
  ALTER TABLE "recruitment_calls" DROP COLUMN "minimum_age";
  ALTER TABLE "recruitment_calls_locales" DROP COLUMN "next_steps";
  ALTER TABLE "_recruitment_calls_v" DROP COLUMN "version_minimum_age";
  ALTER TABLE "_recruitment_calls_v_locales" DROP COLUMN "version_next_steps";
  ALTER TABLE "applications" DROP COLUMN "volunteer_id";
  ALTER TABLE "applications" DROP COLUMN "choice";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_url";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_width";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_height";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_card_small_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_url";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_width";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_height";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_hero_small_filename";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signups_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "volunteers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_records_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "duties_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificates_id";
  ALTER TABLE "site_settings" DROP COLUMN "recording_unit";
  DROP TYPE "public"."enum_activities_signup_questions";
  DROP TYPE "public"."enum__activities_v_version_signup_questions";
  DROP TYPE "public"."enum_signups_status";
  DROP TYPE "public"."enum_signups_source";
  DROP TYPE "public"."enum_signups_mobility";
  DROP TYPE "public"."enum_signups_to_phone_reason";
  DROP TYPE "public"."enum_signups_attendance";
  DROP TYPE "public"."enum_signups_locale";
  DROP TYPE "public"."enum_volunteers_skills";
  DROP TYPE "public"."enum_volunteers_availability";
  DROP TYPE "public"."enum_volunteers_status";
  DROP TYPE "public"."enum_service_records_kind";
  DROP TYPE "public"."enum_duties_role";`)
}
