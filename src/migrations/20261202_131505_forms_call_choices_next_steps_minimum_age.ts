import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE text;
  DROP TYPE "public"."enum_applications_age_range";
  CREATE TYPE "public"."enum_applications_age_range" AS ENUM('14-15', '16-17', '18-35', '36-59', '60-69', '70-plus', '14-17');
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE "public"."enum_applications_age_range" USING "age_range"::"public"."enum_applications_age_range";
  ALTER TABLE "recruitment_calls" ADD COLUMN "minimum_age" numeric DEFAULT 14;
  ALTER TABLE "recruitment_calls_locales" ADD COLUMN "next_steps" varchar;
  ALTER TABLE "_recruitment_calls_v" ADD COLUMN "version_minimum_age" numeric DEFAULT 14;
  ALTER TABLE "_recruitment_calls_v_locales" ADD COLUMN "version_next_steps" varchar;
  ALTER TABLE "applications" ADD COLUMN "choice" varchar;
  ALTER TABLE "recruitment_calls_choices" ADD CONSTRAINT "recruitment_calls_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recruitment_calls_choices_locales" ADD CONSTRAINT "recruitment_calls_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."recruitment_calls_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_version_choices" ADD CONSTRAINT "_recruitment_calls_v_version_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recruitment_calls_v_version_choices_locales" ADD CONSTRAINT "_recruitment_calls_v_version_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_recruitment_calls_v_version_choices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "recruitment_calls_choices_order_idx" ON "recruitment_calls_choices" USING btree ("_order");
  CREATE INDEX "recruitment_calls_choices_parent_id_idx" ON "recruitment_calls_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "recruitment_calls_choices_locales_locale_parent_id_unique" ON "recruitment_calls_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_recruitment_calls_v_version_choices_order_idx" ON "_recruitment_calls_v_version_choices" USING btree ("_order");
  CREATE INDEX "_recruitment_calls_v_version_choices_parent_id_idx" ON "_recruitment_calls_v_version_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_recruitment_calls_v_version_choices_locales_locale_parent_i" ON "_recruitment_calls_v_version_choices_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "recruitment_calls_choices" CASCADE;
  DROP TABLE "recruitment_calls_choices_locales" CASCADE;
  DROP TABLE "_recruitment_calls_v_version_choices" CASCADE;
  DROP TABLE "_recruitment_calls_v_version_choices_locales" CASCADE;
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE text;
  DROP TYPE "public"."enum_applications_age_range";
  CREATE TYPE "public"."enum_applications_age_range" AS ENUM('14-17', '18-35', '36-59', '60-69', '70-plus');
  ALTER TABLE "applications" ALTER COLUMN "age_range" SET DATA TYPE "public"."enum_applications_age_range" USING "age_range"::"public"."enum_applications_age_range";
  ALTER TABLE "recruitment_calls" DROP COLUMN "minimum_age";
  ALTER TABLE "recruitment_calls_locales" DROP COLUMN "next_steps";
  ALTER TABLE "_recruitment_calls_v" DROP COLUMN "version_minimum_age";
  ALTER TABLE "_recruitment_calls_v_locales" DROP COLUMN "version_next_steps";
  ALTER TABLE "applications" DROP COLUMN "choice";`)
}
