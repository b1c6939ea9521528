import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * One sign-up, decided and stored inside PostgreSQL (src/signup/commands.ts, signUp): the activity's
 * row lock, then one statement that reads what is committed (a volatile SQL function gives each of
 * its statements a fresh snapshot, so the second sees every sign-up committed before the lock was
 * granted), decides by the rules of placesLeft and the waiting list, and inserts the sign-up and its
 * mail job. Called as one statement in its own transaction, the lock is held for the statement and
 * its commit only, never while the web process's event loop is busy with other requests.
 * Hand-written: keep it when the generated migrations are regenerated.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION linli_sign_up(
    p_activity integer, p_phone text, p_key text, p_reference text, p_token text, p_source text, p_party integer, p_name text,
    p_email text, p_pickup boolean, p_diet text, p_mobility text, p_note text, p_locale text, p_now timestamptz, p_task text, p_queue text
  ) RETURNS json LANGUAGE sql VOLATILE AS $fn$
    select 1 from activities where id = p_activity for update;
    with a as (
       select id, capacity::int as capacity, starts_at, coalesce(signup_enabled, false) as enabled, _status = 'published' as published,
         coalesce(signup_cancelled, false) as cancelled, greatest(1, coalesce(signup_max_party, 2))::int as max_party,
         least(greatest(0, coalesce(signup_held_for_phone, 0)), capacity)::int as held,
         case when p_source = 'phone' then starts_at else coalesce(signup_deadline, starts_at) end as closes_at
       from activities where id = p_activity),
     c as (
       select coalesce(sum(party_size) filter (where status = 'confirmed'), 0)::int as confirmed,
       coalesce(sum(party_size) filter (where status = 'confirmed' and source = 'online'), 0)::int as online,
       coalesce(sum(party_size) filter (where status = 'confirmed' and source = 'phone'), 0)::int as phone,
       coalesce(sum(party_size) filter (where status = 'waitlisted'), 0)::int as waitlisted,
       count(*) filter (where status = 'waitlisted')::int as waiting_parties, min(party_size) filter (where status = 'waitlisted')::int as smallest_waiting
       from signups where activity_id = p_activity),
     d as (
       select a.*, c.*,
         (select json_build_object('id', e.id, 'reference', e.reference, 'token', e.token, 'status', e.status) from signups e
           where p_key is not null and e.idempotency_key = p_key) as earlier,
         (select json_build_object('id', p.id, 'reference', p.reference, 'status', p.status, 'party', p.party_size::int) from signups p
           where p_phone is not null and p.activity_id = p_activity and p.phone = p_phone and p.status in ('confirmed', 'waitlisted') order by p.id limit 1) as same_phone,
         case when a.capacity is null then 2147483647
              when p_source = 'phone' then greatest(0, a.capacity - c.confirmed)
              else greatest(0, a.capacity - coalesce(a.held, 0) - c.online - greatest(0, c.phone - coalesce(a.held, 0))) end as places_left
       from a cross join c),
     k as (
       select d.*, case
           when not d.published then 'notFound'
           when d.earlier is not null then 'repeat'
           when d.cancelled then 'cancelled'
           when not d.enabled then 'notOpen'
           when p_now > d.closes_at then 'deadline'
           when p_party < 1 or p_party > d.max_party then 'tooLarge'
           when d.same_phone is not null then 'already'
           when p_party <= d.places_left and not (p_source = 'online' and d.smallest_waiting is not null and d.smallest_waiting <= d.places_left) then 'confirmed'
           else 'waitlisted' end as kind
       from d),
     s as (
       insert into signups (reference, token, activity_id, status, source, party_size, name, phone, email, pickup, diet, mobility, note, locale,
         consent_at, confirmed_at, idempotency_key, created_at, updated_at)
       select p_reference, p_token, k.id, k.kind::enum_signups_status, p_source::enum_signups_source, p_party, p_name, p_phone, p_email, p_pickup, p_diet, p_mobility::enum_signups_mobility, p_note, p_locale::enum_signups_locale,
         p_now, case when k.kind = 'confirmed' then p_now end, p_key, p_now, p_now
       from k where k.kind in ('confirmed', 'waitlisted')
       on conflict (reference) do nothing returning id, status),
     job as (
       insert into payload_jobs (input, task_slug, queue, created_at, updated_at)
       select jsonb_build_object('signupId', s.id, 'kind', s.status), p_task::enum_payload_jobs_task_slug, p_queue, p_now, p_now from s where p_email is not null)
     select json_build_object('kind', k.kind, 'id', (select id from s), 'maxParty', k.max_party, 'earlier', k.earlier, 'samePhone', k.same_phone) from k;
  $fn$;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP FUNCTION IF EXISTS linli_sign_up(integer, text, text, text, text, text, integer, text, text, boolean, text, text, text, text, timestamptz, text, text);`)
}
