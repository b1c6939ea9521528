import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_activities_kind" AS ENUM('festival', 'vitality-contest', 'health-lecture', 'tea-service', 'merchant-service', 'training', 'monthly-meeting', 'other');
  CREATE TYPE "public"."enum_activities_festival" AS ENUM('chongyang', 'dongzhi', 'linlijie', 'other');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__activities_v_version_kind" AS ENUM('festival', 'vitality-contest', 'health-lecture', 'tea-service', 'merchant-service', 'training', 'monthly-meeting', 'other');
  CREATE TYPE "public"."enum__activities_v_version_festival" AS ENUM('chongyang', 'dongzhi', 'linlijie', 'other');
  CREATE TYPE "public"."enum__activities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__activities_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_recruitment_calls_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recruitment_calls_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recruitment_calls_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_cases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__cases_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_applications_skills" AS ENUM('companionship', 'cooking', 'events', 'media', 'performance', 'repairs', 'health', 'digital', 'tutoring');
  CREATE TYPE "public"."enum_applications_availability" AS ENUM('weekday-mornings', 'weekday-afternoons', 'weekday-evenings', 'weekends');
  CREATE TYPE "public"."enum_applications_status_history_status" AS ENUM('new', 'contacted', 'interview', 'accepted', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_applications_status" AS ENUM('new', 'contacted', 'interview', 'accepted', 'declined', 'withdrawn');
  CREATE TYPE "public"."enum_applications_source" AS ENUM('online', 'paper');
  CREATE TYPE "public"."enum_applications_proof_of_work" AS ENUM('verified', 'unverified');
  CREATE TYPE "public"."enum_applications_age_range" AS ENUM('14-17', '18-35', '36-59', '60-69', '70-plus');
  CREATE TYPE "public"."enum_applications_consent_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_courtyards_kind" AS ENUM('commercial', 'resettlement', 'work-unit', 'village');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendApplicationMail', 'anonymiseExpiredApplications', 'schedulePublish');
  CREATE TABLE "stories_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "stories_volunteers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stories_volunteers_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"cover_id" integer,
  	"courtyard_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"author_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "stories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_stories_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stories_v_version_volunteers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stories_v_version_volunteers_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_cover_id" integer,
  	"version_courtyard_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_author_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stories_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_author_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "activities_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "activities_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "activities_partners_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_activities_kind",
  	"festival" "enum_activities_festival",
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"cover_id" integer,
  	"capacity" numeric,
  	"contact" varchar,
  	"report_story_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_activities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "activities_locales" (
  	"title" varchar,
  	"place" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"organiser" varchar,
  	"audience" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_activities_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v_version_partners_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__activities_v_version_kind",
  	"version_festival" "enum__activities_v_version_festival",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_capacity" numeric,
  	"version_contact" varchar,
  	"version_report_story_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__activities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__activities_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_activities_v_locales" (
  	"version_title" varchar,
  	"version_place" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_organiser" varchar,
  	"version_audience" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "recruitment_calls_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "recruitment_calls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"people_wanted" numeric,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"activity_id" integer,
  	"contact" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_recruitment_calls_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "recruitment_calls_locales" (
  	"title" varchar,
  	"role" varchar,
  	"summary" varchar,
  	"duties" jsonb,
  	"requirements" jsonb,
  	"time_commitment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_recruitment_calls_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_recruitment_calls_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_people_wanted" numeric,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_activity_id" integer,
  	"version_contact" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__recruitment_calls_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__recruitment_calls_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_recruitment_calls_v_locales" (
  	"version_title" varchar,
  	"version_role" varchar,
  	"version_summary" varchar,
  	"version_duties" jsonb,
  	"version_requirements" jsonb,
  	"version_time_commitment" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "cases_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "cases_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "cases_key_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"cover_id" integer,
  	"attachment_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_cases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "cases_locales" (
  	"title" varchar,
  	"organisation" varchar,
  	"author" varchar,
  	"summary" varchar,
  	"background" jsonb,
  	"practice" jsonb,
  	"outcomes" jsonb,
  	"lessons" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "cases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_cases_v_version_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cases_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_cases_v_version_key_figures_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_cover_id" integer,
  	"version_attachment_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__cases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__cases_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_cases_v_locales" (
  	"version_title" varchar,
  	"version_organisation" varchar,
  	"version_author" varchar,
  	"version_summary" varchar,
  	"version_background" jsonb,
  	"version_practice" jsonb,
  	"version_outcomes" jsonb,
  	"version_lessons" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_cases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "applications_skills" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_applications_skills",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "applications_availability" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_applications_availability",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "applications_status_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_applications_status_history_status" NOT NULL,
  	"changed_at" timestamp(3) with time zone NOT NULL,
  	"changed_by_id" integer
  );
  
  CREATE TABLE "applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_applications_status" DEFAULT 'new' NOT NULL,
  	"mentor_id" integer,
  	"submitted_at" timestamp(3) with time zone NOT NULL,
  	"source" "enum_applications_source" DEFAULT 'paper' NOT NULL,
  	"proof_of_work" "enum_applications_proof_of_work",
  	"call_id" integer,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"email" varchar,
  	"courtyard_id" integer,
  	"courtyard_other" varchar,
  	"age_range" "enum_applications_age_range",
  	"skills_note" varchar,
  	"referrer" varchar,
  	"message" varchar,
  	"notes" varchar,
  	"consent_notice_version" numeric,
  	"consent_agreed_at" timestamp(3) with time zone,
  	"consent_locale" "enum_applications_consent_locale",
  	"consent_on_paper" boolean,
  	"status_changed_at" timestamp(3) with time zone,
  	"anonymised_at" timestamp(3) with time zone,
  	"idempotency_key" varchar,
  	"proof_of_work_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "courtyards_previous_slugs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "courtyards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_courtyards_kind",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "courtyards_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"activities_id" integer,
  	"recruitment_calls_id" integer,
  	"cases_id" integer,
  	"applications_id" integer,
  	"topics_id" integer,
  	"courtyards_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"community_name" varchar,
  	"team_name" varchar,
  	"introduction" varchar,
  	"address" varchar,
  	"opening_hours" varchar,
  	"footer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "recruitment_settings_notification_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL
  );
  
  CREATE TABLE "recruitment_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"notice_version" numeric DEFAULT 1,
  	"notice_changed_at" timestamp(3) with time zone,
  	"retention_days" numeric DEFAULT 180 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "recruitment_settings_locales" (
  	"privacy_notice" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "stories_previous_slugs" ADD CONSTRAINT "stories_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_volunteers" ADD CONSTRAINT "stories_volunteers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_volunteers_locales" ADD CONSTRAINT "stories_volunteers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories_volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_courtyard_id_courtyards_id_fk" FOREIGN KEY ("courtyard_id") REFERENCES "public"."courtyards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_rels" ADD CONSTRAINT "stories_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_previous_slugs" ADD CONSTRAINT "_stories_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_volunteers" ADD CONSTRAINT "_stories_v_version_volunteers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_volunteers_locales" ADD CONSTRAINT "_stories_v_version_volunteers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v_version_volunteers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_courtyard_id_courtyards_id_fk" FOREIGN KEY ("version_courtyard_id") REFERENCES "public"."courtyards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_rels" ADD CONSTRAINT "_stories_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_previous_slugs" ADD CONSTRAINT "activities_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_partners" ADD CONSTRAINT "activities_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_partners_locales" ADD CONSTRAINT "activities_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_report_story_id_stories_id_fk" FOREIGN KEY ("report_story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_locales" ADD CONSTRAINT "activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_previous_slugs" ADD CONSTRAINT "_activities_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_partners" ADD CONSTRAINT "_activities_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_version_partners_locales" ADD CONSTRAINT "_activities_v_version_partners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v_version_partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_parent_id_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_report_story_id_stories_id_fk" FOREIGN KEY ("version_report_story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v_locales" ADD CONSTRAINT "_activities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_calls_previous_slugs" ADD CONSTRAINT "recruitment_calls_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_calls" ADD CONSTRAINT "recruitment_calls_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recruitment_calls_locales" ADD CONSTRAINT "recruitment_calls_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_version_previous_slugs" ADD CONSTRAINT "_recruitment_calls_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v" ADD CONSTRAINT "_recruitment_calls_v_parent_id_recruitment_calls_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v" ADD CONSTRAINT "_recruitment_calls_v_version_activity_id_activities_id_fk" FOREIGN KEY ("version_activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_locales" ADD CONSTRAINT "_recruitment_calls_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_previous_slugs" ADD CONSTRAINT "cases_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_key_figures" ADD CONSTRAINT "cases_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_key_figures_locales" ADD CONSTRAINT "cases_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_locales" ADD CONSTRAINT "cases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_previous_slugs" ADD CONSTRAINT "_cases_v_version_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_key_figures" ADD CONSTRAINT "_cases_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_version_key_figures_locales" ADD CONSTRAINT "_cases_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_parent_id_cases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v" ADD CONSTRAINT "_cases_v_version_attachment_id_media_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_cases_v_locales" ADD CONSTRAINT "_cases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_rels" ADD CONSTRAINT "_cases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_cases_v_rels" ADD CONSTRAINT "_cases_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications_skills" ADD CONSTRAINT "applications_skills_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications_availability" ADD CONSTRAINT "applications_availability_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications_status_history" ADD CONSTRAINT "applications_status_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications_status_history" ADD CONSTRAINT "applications_status_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_mentor_id_users_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_call_id_recruitment_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "applications" ADD CONSTRAINT "applications_courtyard_id_courtyards_id_fk" FOREIGN KEY ("courtyard_id") REFERENCES "public"."courtyards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_previous_slugs" ADD CONSTRAINT "topics_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courtyards_previous_slugs" ADD CONSTRAINT "courtyards_previous_slugs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courtyards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courtyards_locales" ADD CONSTRAINT "courtyards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courtyards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recruitment_calls_fk" FOREIGN KEY ("recruitment_calls_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_applications_fk" FOREIGN KEY ("applications_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courtyards_fk" FOREIGN KEY ("courtyards_id") REFERENCES "public"."courtyards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_settings_notification_emails" ADD CONSTRAINT "recruitment_settings_notification_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_settings_locales" ADD CONSTRAINT "recruitment_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "stories_previous_slugs_order_idx" ON "stories_previous_slugs" USING btree ("_order");
  CREATE INDEX "stories_previous_slugs_parent_id_idx" ON "stories_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "stories_previous_slugs_slug_idx" ON "stories_previous_slugs" USING btree ("slug");
  CREATE INDEX "stories_volunteers_order_idx" ON "stories_volunteers" USING btree ("_order");
  CREATE INDEX "stories_volunteers_parent_id_idx" ON "stories_volunteers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "stories_volunteers_locales_locale_parent_id_unique" ON "stories_volunteers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_cover_idx" ON "stories" USING btree ("cover_id");
  CREATE INDEX "stories_courtyard_idx" ON "stories" USING btree ("courtyard_id");
  CREATE INDEX "stories_published_at_idx" ON "stories" USING btree ("published_at");
  CREATE INDEX "stories_author_idx" ON "stories" USING btree ("author_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "stories_rels_order_idx" ON "stories_rels" USING btree ("order");
  CREATE INDEX "stories_rels_parent_idx" ON "stories_rels" USING btree ("parent_id");
  CREATE INDEX "stories_rels_path_idx" ON "stories_rels" USING btree ("path");
  CREATE INDEX "stories_rels_topics_id_idx" ON "stories_rels" USING btree ("topics_id");
  CREATE INDEX "_stories_v_version_previous_slugs_order_idx" ON "_stories_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_stories_v_version_previous_slugs_parent_id_idx" ON "_stories_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_stories_v_version_previous_slugs_slug_idx" ON "_stories_v_version_previous_slugs" USING btree ("slug");
  CREATE INDEX "_stories_v_version_volunteers_order_idx" ON "_stories_v_version_volunteers" USING btree ("_order");
  CREATE INDEX "_stories_v_version_volunteers_parent_id_idx" ON "_stories_v_version_volunteers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_stories_v_version_volunteers_locales_locale_parent_id_uniqu" ON "_stories_v_version_volunteers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_cover_idx" ON "_stories_v" USING btree ("version_cover_id");
  CREATE INDEX "_stories_v_version_version_courtyard_idx" ON "_stories_v" USING btree ("version_courtyard_id");
  CREATE INDEX "_stories_v_version_version_published_at_idx" ON "_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_stories_v_version_version_author_idx" ON "_stories_v" USING btree ("version_author_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE INDEX "_stories_v_autosave_idx" ON "_stories_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_rels_order_idx" ON "_stories_v_rels" USING btree ("order");
  CREATE INDEX "_stories_v_rels_parent_idx" ON "_stories_v_rels" USING btree ("parent_id");
  CREATE INDEX "_stories_v_rels_path_idx" ON "_stories_v_rels" USING btree ("path");
  CREATE INDEX "_stories_v_rels_topics_id_idx" ON "_stories_v_rels" USING btree ("topics_id");
  CREATE INDEX "activities_previous_slugs_order_idx" ON "activities_previous_slugs" USING btree ("_order");
  CREATE INDEX "activities_previous_slugs_parent_id_idx" ON "activities_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "activities_previous_slugs_slug_idx" ON "activities_previous_slugs" USING btree ("slug");
  CREATE INDEX "activities_partners_order_idx" ON "activities_partners" USING btree ("_order");
  CREATE INDEX "activities_partners_parent_id_idx" ON "activities_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "activities_partners_locales_locale_parent_id_unique" ON "activities_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "activities_slug_idx" ON "activities" USING btree ("slug");
  CREATE INDEX "activities_kind_idx" ON "activities" USING btree ("kind");
  CREATE INDEX "activities_starts_at_idx" ON "activities" USING btree ("starts_at");
  CREATE INDEX "activities_cover_idx" ON "activities" USING btree ("cover_id");
  CREATE INDEX "activities_report_story_idx" ON "activities" USING btree ("report_story_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities__status_idx" ON "activities" USING btree ("_status");
  CREATE UNIQUE INDEX "activities_locales_locale_parent_id_unique" ON "activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_activities_v_version_previous_slugs_order_idx" ON "_activities_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_activities_v_version_previous_slugs_parent_id_idx" ON "_activities_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_activities_v_version_previous_slugs_slug_idx" ON "_activities_v_version_previous_slugs" USING btree ("slug");
  CREATE INDEX "_activities_v_version_partners_order_idx" ON "_activities_v_version_partners" USING btree ("_order");
  CREATE INDEX "_activities_v_version_partners_parent_id_idx" ON "_activities_v_version_partners" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_activities_v_version_partners_locales_locale_parent_id_uniq" ON "_activities_v_version_partners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_activities_v_parent_idx" ON "_activities_v" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_version_slug_idx" ON "_activities_v" USING btree ("version_slug");
  CREATE INDEX "_activities_v_version_version_kind_idx" ON "_activities_v" USING btree ("version_kind");
  CREATE INDEX "_activities_v_version_version_starts_at_idx" ON "_activities_v" USING btree ("version_starts_at");
  CREATE INDEX "_activities_v_version_version_cover_idx" ON "_activities_v" USING btree ("version_cover_id");
  CREATE INDEX "_activities_v_version_version_report_story_idx" ON "_activities_v" USING btree ("version_report_story_id");
  CREATE INDEX "_activities_v_version_version_updated_at_idx" ON "_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_activities_v_version_version_created_at_idx" ON "_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_activities_v_version_version__status_idx" ON "_activities_v" USING btree ("version__status");
  CREATE INDEX "_activities_v_created_at_idx" ON "_activities_v" USING btree ("created_at");
  CREATE INDEX "_activities_v_updated_at_idx" ON "_activities_v" USING btree ("updated_at");
  CREATE INDEX "_activities_v_snapshot_idx" ON "_activities_v" USING btree ("snapshot");
  CREATE INDEX "_activities_v_published_locale_idx" ON "_activities_v" USING btree ("published_locale");
  CREATE INDEX "_activities_v_latest_idx" ON "_activities_v" USING btree ("latest");
  CREATE INDEX "_activities_v_autosave_idx" ON "_activities_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_activities_v_locales_locale_parent_id_unique" ON "_activities_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "recruitment_calls_previous_slugs_order_idx" ON "recruitment_calls_previous_slugs" USING btree ("_order");
  CREATE INDEX "recruitment_calls_previous_slugs_parent_id_idx" ON "recruitment_calls_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "recruitment_calls_previous_slugs_slug_idx" ON "recruitment_calls_previous_slugs" USING btree ("slug");
  CREATE INDEX "recruitment_calls_slug_idx" ON "recruitment_calls" USING btree ("slug");
  CREATE INDEX "recruitment_calls_opens_at_idx" ON "recruitment_calls" USING btree ("opens_at");
  CREATE INDEX "recruitment_calls_closes_at_idx" ON "recruitment_calls" USING btree ("closes_at");
  CREATE INDEX "recruitment_calls_activity_idx" ON "recruitment_calls" USING btree ("activity_id");
  CREATE INDEX "recruitment_calls_updated_at_idx" ON "recruitment_calls" USING btree ("updated_at");
  CREATE INDEX "recruitment_calls_created_at_idx" ON "recruitment_calls" USING btree ("created_at");
  CREATE INDEX "recruitment_calls__status_idx" ON "recruitment_calls" USING btree ("_status");
  CREATE UNIQUE INDEX "recruitment_calls_locales_locale_parent_id_unique" ON "recruitment_calls_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_recruitment_calls_v_version_previous_slugs_order_idx" ON "_recruitment_calls_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_recruitment_calls_v_version_previous_slugs_parent_id_idx" ON "_recruitment_calls_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_recruitment_calls_v_version_previous_slugs_slug_idx" ON "_recruitment_calls_v_version_previous_slugs" USING btree ("slug");
  CREATE INDEX "_recruitment_calls_v_parent_idx" ON "_recruitment_calls_v" USING btree ("parent_id");
  CREATE INDEX "_recruitment_calls_v_version_version_slug_idx" ON "_recruitment_calls_v" USING btree ("version_slug");
  CREATE INDEX "_recruitment_calls_v_version_version_opens_at_idx" ON "_recruitment_calls_v" USING btree ("version_opens_at");
  CREATE INDEX "_recruitment_calls_v_version_version_closes_at_idx" ON "_recruitment_calls_v" USING btree ("version_closes_at");
  CREATE INDEX "_recruitment_calls_v_version_version_activity_idx" ON "_recruitment_calls_v" USING btree ("version_activity_id");
  CREATE INDEX "_recruitment_calls_v_version_version_updated_at_idx" ON "_recruitment_calls_v" USING btree ("version_updated_at");
  CREATE INDEX "_recruitment_calls_v_version_version_created_at_idx" ON "_recruitment_calls_v" USING btree ("version_created_at");
  CREATE INDEX "_recruitment_calls_v_version_version__status_idx" ON "_recruitment_calls_v" USING btree ("version__status");
  CREATE INDEX "_recruitment_calls_v_created_at_idx" ON "_recruitment_calls_v" USING btree ("created_at");
  CREATE INDEX "_recruitment_calls_v_updated_at_idx" ON "_recruitment_calls_v" USING btree ("updated_at");
  CREATE INDEX "_recruitment_calls_v_snapshot_idx" ON "_recruitment_calls_v" USING btree ("snapshot");
  CREATE INDEX "_recruitment_calls_v_published_locale_idx" ON "_recruitment_calls_v" USING btree ("published_locale");
  CREATE INDEX "_recruitment_calls_v_latest_idx" ON "_recruitment_calls_v" USING btree ("latest");
  CREATE INDEX "_recruitment_calls_v_autosave_idx" ON "_recruitment_calls_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_recruitment_calls_v_locales_locale_parent_id_unique" ON "_recruitment_calls_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_previous_slugs_order_idx" ON "cases_previous_slugs" USING btree ("_order");
  CREATE INDEX "cases_previous_slugs_parent_id_idx" ON "cases_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "cases_previous_slugs_slug_idx" ON "cases_previous_slugs" USING btree ("slug");
  CREATE INDEX "cases_key_figures_order_idx" ON "cases_key_figures" USING btree ("_order");
  CREATE INDEX "cases_key_figures_parent_id_idx" ON "cases_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "cases_key_figures_locales_locale_parent_id_unique" ON "cases_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_slug_idx" ON "cases" USING btree ("slug");
  CREATE INDEX "cases_cover_idx" ON "cases" USING btree ("cover_id");
  CREATE INDEX "cases_attachment_idx" ON "cases" USING btree ("attachment_id");
  CREATE INDEX "cases_published_at_idx" ON "cases" USING btree ("published_at");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "cases__status_idx" ON "cases" USING btree ("_status");
  CREATE UNIQUE INDEX "cases_locales_locale_parent_id_unique" ON "cases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "cases_rels_order_idx" ON "cases_rels" USING btree ("order");
  CREATE INDEX "cases_rels_parent_idx" ON "cases_rels" USING btree ("parent_id");
  CREATE INDEX "cases_rels_path_idx" ON "cases_rels" USING btree ("path");
  CREATE INDEX "cases_rels_topics_id_idx" ON "cases_rels" USING btree ("topics_id");
  CREATE INDEX "_cases_v_version_previous_slugs_order_idx" ON "_cases_v_version_previous_slugs" USING btree ("_order");
  CREATE INDEX "_cases_v_version_previous_slugs_parent_id_idx" ON "_cases_v_version_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "_cases_v_version_previous_slugs_slug_idx" ON "_cases_v_version_previous_slugs" USING btree ("slug");
  CREATE INDEX "_cases_v_version_key_figures_order_idx" ON "_cases_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_cases_v_version_key_figures_parent_id_idx" ON "_cases_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_cases_v_version_key_figures_locales_locale_parent_id_unique" ON "_cases_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cases_v_parent_idx" ON "_cases_v" USING btree ("parent_id");
  CREATE INDEX "_cases_v_version_version_slug_idx" ON "_cases_v" USING btree ("version_slug");
  CREATE INDEX "_cases_v_version_version_cover_idx" ON "_cases_v" USING btree ("version_cover_id");
  CREATE INDEX "_cases_v_version_version_attachment_idx" ON "_cases_v" USING btree ("version_attachment_id");
  CREATE INDEX "_cases_v_version_version_published_at_idx" ON "_cases_v" USING btree ("version_published_at");
  CREATE INDEX "_cases_v_version_version_updated_at_idx" ON "_cases_v" USING btree ("version_updated_at");
  CREATE INDEX "_cases_v_version_version_created_at_idx" ON "_cases_v" USING btree ("version_created_at");
  CREATE INDEX "_cases_v_version_version__status_idx" ON "_cases_v" USING btree ("version__status");
  CREATE INDEX "_cases_v_created_at_idx" ON "_cases_v" USING btree ("created_at");
  CREATE INDEX "_cases_v_updated_at_idx" ON "_cases_v" USING btree ("updated_at");
  CREATE INDEX "_cases_v_snapshot_idx" ON "_cases_v" USING btree ("snapshot");
  CREATE INDEX "_cases_v_published_locale_idx" ON "_cases_v" USING btree ("published_locale");
  CREATE INDEX "_cases_v_latest_idx" ON "_cases_v" USING btree ("latest");
  CREATE INDEX "_cases_v_autosave_idx" ON "_cases_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_cases_v_locales_locale_parent_id_unique" ON "_cases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_cases_v_rels_order_idx" ON "_cases_v_rels" USING btree ("order");
  CREATE INDEX "_cases_v_rels_parent_idx" ON "_cases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_cases_v_rels_path_idx" ON "_cases_v_rels" USING btree ("path");
  CREATE INDEX "_cases_v_rels_topics_id_idx" ON "_cases_v_rels" USING btree ("topics_id");
  CREATE INDEX "applications_skills_order_idx" ON "applications_skills" USING btree ("order");
  CREATE INDEX "applications_skills_parent_idx" ON "applications_skills" USING btree ("parent_id");
  CREATE INDEX "applications_availability_order_idx" ON "applications_availability" USING btree ("order");
  CREATE INDEX "applications_availability_parent_idx" ON "applications_availability" USING btree ("parent_id");
  CREATE INDEX "applications_status_history_order_idx" ON "applications_status_history" USING btree ("_order");
  CREATE INDEX "applications_status_history_parent_id_idx" ON "applications_status_history" USING btree ("_parent_id");
  CREATE INDEX "applications_status_history_changed_by_idx" ON "applications_status_history" USING btree ("changed_by_id");
  CREATE UNIQUE INDEX "applications_reference_idx" ON "applications" USING btree ("reference");
  CREATE INDEX "applications_status_idx" ON "applications" USING btree ("status");
  CREATE INDEX "applications_mentor_idx" ON "applications" USING btree ("mentor_id");
  CREATE INDEX "applications_submitted_at_idx" ON "applications" USING btree ("submitted_at");
  CREATE INDEX "applications_source_idx" ON "applications" USING btree ("source");
  CREATE INDEX "applications_call_idx" ON "applications" USING btree ("call_id");
  CREATE INDEX "applications_phone_idx" ON "applications" USING btree ("phone");
  CREATE INDEX "applications_courtyard_idx" ON "applications" USING btree ("courtyard_id");
  CREATE INDEX "applications_status_changed_at_idx" ON "applications" USING btree ("status_changed_at");
  CREATE UNIQUE INDEX "applications_idempotency_key_idx" ON "applications" USING btree ("idempotency_key");
  CREATE UNIQUE INDEX "applications_proof_of_work_id_idx" ON "applications" USING btree ("proof_of_work_id");
  CREATE INDEX "applications_updated_at_idx" ON "applications" USING btree ("updated_at");
  CREATE INDEX "applications_created_at_idx" ON "applications" USING btree ("created_at");
  CREATE INDEX "topics_previous_slugs_order_idx" ON "topics_previous_slugs" USING btree ("_order");
  CREATE INDEX "topics_previous_slugs_parent_id_idx" ON "topics_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "topics_previous_slugs_slug_idx" ON "topics_previous_slugs" USING btree ("slug");
  CREATE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courtyards_previous_slugs_order_idx" ON "courtyards_previous_slugs" USING btree ("_order");
  CREATE INDEX "courtyards_previous_slugs_parent_id_idx" ON "courtyards_previous_slugs" USING btree ("_parent_id");
  CREATE INDEX "courtyards_previous_slugs_slug_idx" ON "courtyards_previous_slugs" USING btree ("slug");
  CREATE INDEX "courtyards_slug_idx" ON "courtyards" USING btree ("slug");
  CREATE INDEX "courtyards_updated_at_idx" ON "courtyards" USING btree ("updated_at");
  CREATE INDEX "courtyards_created_at_idx" ON "courtyards" USING btree ("created_at");
  CREATE UNIQUE INDEX "courtyards_locales_locale_parent_id_unique" ON "courtyards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_recruitment_calls_id_idx" ON "payload_locked_documents_rels" USING btree ("recruitment_calls_id");
  CREATE INDEX "payload_locked_documents_rels_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("cases_id");
  CREATE INDEX "payload_locked_documents_rels_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("applications_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_courtyards_id_idx" ON "payload_locked_documents_rels" USING btree ("courtyards_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "recruitment_settings_notification_emails_order_idx" ON "recruitment_settings_notification_emails" USING btree ("_order");
  CREATE INDEX "recruitment_settings_notification_emails_parent_id_idx" ON "recruitment_settings_notification_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "recruitment_settings_locales_locale_parent_id_unique" ON "recruitment_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "stories_previous_slugs" CASCADE;
  DROP TABLE "stories_volunteers" CASCADE;
  DROP TABLE "stories_volunteers_locales" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "stories_rels" CASCADE;
  DROP TABLE "_stories_v_version_previous_slugs" CASCADE;
  DROP TABLE "_stories_v_version_volunteers" CASCADE;
  DROP TABLE "_stories_v_version_volunteers_locales" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  DROP TABLE "_stories_v_rels" CASCADE;
  DROP TABLE "activities_previous_slugs" CASCADE;
  DROP TABLE "activities_partners" CASCADE;
  DROP TABLE "activities_partners_locales" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_locales" CASCADE;
  DROP TABLE "_activities_v_version_previous_slugs" CASCADE;
  DROP TABLE "_activities_v_version_partners" CASCADE;
  DROP TABLE "_activities_v_version_partners_locales" CASCADE;
  DROP TABLE "_activities_v" CASCADE;
  DROP TABLE "_activities_v_locales" CASCADE;
  DROP TABLE "recruitment_calls_previous_slugs" CASCADE;
  DROP TABLE "recruitment_calls" CASCADE;
  DROP TABLE "recruitment_calls_locales" CASCADE;
  DROP TABLE "_recruitment_calls_v_version_previous_slugs" CASCADE;
  DROP TABLE "_recruitment_calls_v" CASCADE;
  DROP TABLE "_recruitment_calls_v_locales" CASCADE;
  DROP TABLE "cases_previous_slugs" CASCADE;
  DROP TABLE "cases_key_figures" CASCADE;
  DROP TABLE "cases_key_figures_locales" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "cases_locales" CASCADE;
  DROP TABLE "cases_rels" CASCADE;
  DROP TABLE "_cases_v_version_previous_slugs" CASCADE;
  DROP TABLE "_cases_v_version_key_figures" CASCADE;
  DROP TABLE "_cases_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_cases_v" CASCADE;
  DROP TABLE "_cases_v_locales" CASCADE;
  DROP TABLE "_cases_v_rels" CASCADE;
  DROP TABLE "applications_skills" CASCADE;
  DROP TABLE "applications_availability" CASCADE;
  DROP TABLE "applications_status_history" CASCADE;
  DROP TABLE "applications" CASCADE;
  DROP TABLE "topics_previous_slugs" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "courtyards_previous_slugs" CASCADE;
  DROP TABLE "courtyards" CASCADE;
  DROP TABLE "courtyards_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "recruitment_settings_notification_emails" CASCADE;
  DROP TABLE "recruitment_settings" CASCADE;
  DROP TABLE "recruitment_settings_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_published_locale";
  DROP TYPE "public"."enum_activities_kind";
  DROP TYPE "public"."enum_activities_festival";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum__activities_v_version_kind";
  DROP TYPE "public"."enum__activities_v_version_festival";
  DROP TYPE "public"."enum__activities_v_version_status";
  DROP TYPE "public"."enum__activities_v_published_locale";
  DROP TYPE "public"."enum_recruitment_calls_status";
  DROP TYPE "public"."enum__recruitment_calls_v_version_status";
  DROP TYPE "public"."enum__recruitment_calls_v_published_locale";
  DROP TYPE "public"."enum_cases_status";
  DROP TYPE "public"."enum__cases_v_version_status";
  DROP TYPE "public"."enum__cases_v_published_locale";
  DROP TYPE "public"."enum_applications_skills";
  DROP TYPE "public"."enum_applications_availability";
  DROP TYPE "public"."enum_applications_status_history_status";
  DROP TYPE "public"."enum_applications_status";
  DROP TYPE "public"."enum_applications_source";
  DROP TYPE "public"."enum_applications_proof_of_work";
  DROP TYPE "public"."enum_applications_age_range";
  DROP TYPE "public"."enum_applications_consent_locale";
  DROP TYPE "public"."enum_courtyards_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
