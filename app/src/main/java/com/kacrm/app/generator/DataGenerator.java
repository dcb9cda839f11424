package com.kacrm.app.generator;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a migrated database with a large, realistic organisation (issue 11) through bulk
 * SQL run on the server: {@code insert ... select ... from generate_series(...)} with
 * pseudo-random but deterministic picks (a hash of the row number), in chunks of about
 * half a million rows.
 *
 * <p>
 * Runs on ONE connection of a superuser with {@code session_replication_role = replica},
 * so neither the audit trigger (V023) nor the foreign-key triggers fire: the data is
 * consistent by construction (an opportunity belongs to an account of its owner's team,
 * every contact to an existing account, milestone histories end at the deal's milestone,
 * lead numbers continue {@code lead_number_counter}). Rows already there (demo data) are
 * left alone; the generator adds its own regions where missing, teams {@code G01..},
 * managers {@code mgr01..} and reps {@code rep001..}.
 *
 * <p>
 * Skew: accounts are ranked by size; the big ones (rank 1 is the biggest) get tier A,
 * more revenue, more contacts, deals and activities, and their ids are scattered by a
 * permutation so lists are not sorted by size. Owners follow a Pareto-like curve (the top
 * fifth of reps own about 45 % of accounts), industries favour the mainstream ones, dates
 * favour recent years.
 */
public final class DataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final int CHUNK_ROWS = 500_000;

	private static final String MILESTONES = "array['PLANNING','CALL_AND_VISIT','PROJECT_APPROVAL','DEEP_CONTACT',"
			+ "'SOLUTION_AND_TENDER','NEGOTIATION','CONTRACT_SIGNED','DELIVERY_AND_PAYMENT']::text[]";

	private static final List<String[]> REGIONS = List.of(new String[] { "SZ", "深圳", "Shenzhen" },
			new String[] { "SH", "上海", "Shanghai" }, new String[] { "BJ", "北京", "Beijing" },
			new String[] { "GZ", "广州", "Guangzhou" }, new String[] { "CD", "成都", "Chengdu" },
			new String[] { "WH", "武汉", "Wuhan" }, new String[] { "XA", "西安", "Xi''an" },
			new String[] { "SY", "沈阳", "Shenyang" });

	private static final String INDUSTRY_CODES = "array['AUTO_PARTS','RADIATORS','AEROSPACE','RAILWAY','STEEL_DRUMS',"
			+ "'VEHICLES','ELECTRICAL','SHEET_METAL','HOME_APPLIANCES','WIRE_PRODUCTS','FURNITURE','CHAINS']";

	/** Exponents of the cumulative curves that give big accounts more rows. */
	private static final double CONTACT_CURVE = 0.8;

	private static final double OPPORTUNITY_CURVE = 0.7;

	private static final double ACTIVITY_CURVE = 0.75;

	private final GeneratorPreset preset;

	private final String passwordHash;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final List<TableLoad> loads = new ArrayList<>();

	private Statement statement;

	public DataGenerator(GeneratorPreset preset, String passwordHash) {
		this.preset = preset;
		this.passwordHash = passwordHash;
	}

	/** Rows and seconds of one table's load. */
	public record TableLoad(String table, long rows, double seconds) {
	}

	/** What was generated, how long it took and how big the database is now. */
	public record Report(GeneratorPreset preset, List<TableLoad> tables, double seconds, String databaseSize) {
	}

	/**
	 * Generates the dataset on {@code connection}, which must be a superuser's; leaves
	 * the connection's session as it found it.
	 * @throws IllegalStateException when the user is no superuser or the generator's
	 * users exist already
	 */
	public Report generate(Connection connection) throws SQLException {
		long started = System.nanoTime();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			this.statement = statement;
			prepare();
			organisation();
			accounts();
			contacts();
			opportunities();
			milestoneMoves();
			List<String> indexes = dropSecondaryIndexes("activity", "activity_contact", "lead");
			activities();
			leads();
			rebuild(indexes);
			approvals();
			finish();
			double seconds = (System.nanoTime() - started) / 1e9;
			String size = queryString("select pg_size_pretty(pg_database_size(current_database()))");
			log.info("Generated preset {} in {} s; database size {}", this.preset.name(), round(seconds), size);
			return new Report(this.preset, List.copyOf(this.loads), seconds, size);
		}
		finally {
			try (Statement reset = connection.createStatement()) {
				reset.execute("reset session_replication_role");
				reset.execute("reset work_mem");
				reset.execute("reset maintenance_work_mem");
				reset.execute("reset synchronous_commit");
			}
			connection.setAutoCommit(autoCommit);
			this.statement = null;
		}
	}

	private void prepare() throws SQLException {
		if (!"on".equals(queryString("select current_setting('is_superuser')"))) {
			throw new IllegalStateException("The data generator needs a superuser connection (it switches the audit "
					+ "trigger and foreign-key triggers off with session_replication_role = replica); "
					+ queryString("select current_user") + " is not one");
		}
		if (queryLong("select count(*) from app_user where username in ('mgr01', 'rep001')") > 0) {
			throw new IllegalStateException("The database already holds generated data (user mgr01 or rep001 "
					+ "exists); generate into a fresh database");
		}
		exec("set session_replication_role = replica");
		exec("set work_mem = '256MB'");
		exec("set maintenance_work_mem = '1GB'");
		exec("set synchronous_commit = off");
		GeneratorPreset p = this.preset;
		int regions = Math.min(REGIONS.size(), p.teams());
		this.values.put("now", "'" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'::timestamptz");
		this.values.put("T", Integer.toString(p.teams()));
		this.values.put("R", Integer.toString(p.reps()));
		this.values.put("NR", Integer.toString(regions));
		this.values.put("A", Integer.toString(p.accounts()));
		this.values.put("C", Integer.toString(p.contacts()));
		this.values.put("O", Integer.toString(p.opportunities()));
		this.values.put("X", Integer.toString(p.activities()));
		this.values.put("L", Integer.toString(p.leads()));
		this.values.put("P", Long.toString(permutationStep(p.accounts())));
		this.values.put("base_a", Long.toString(queryLong("select coalesce(max(id), 0) from account")));
		this.values.put("base_c", Long.toString(queryLong("select coalesce(max(id), 0) from contact")));
		this.values.put("base_o", Long.toString(queryLong("select coalesce(max(id), 0) from opportunity")));
		this.values.put("base_x", Long.toString(queryLong("select coalesce(max(id), 0) from activity")));
		this.values.put("base_l", Long.toString(queryLong("select coalesce(max(id), 0) from lead")));
		this.values.put("base_r", Long.toString(queryLong("select coalesce(max(id), 0) from approval_request")));
		functions();
	}

	/**
	 * Session-local helpers (pg_temp), inlined by the planner: a uniform number in [0, 1)
	 * from a row number and a salt, picks, the size curves and the names.
	 */
	private void functions() throws SQLException {
		exec("""
				create function pg_temp.gen_u(n bigint, salt integer) returns float8 language sql immutable
				as $$ select (hashint8extended(n, salt) & 2147483647)::float8 / 2147483648.0 $$""");
		exec("""
				create function pg_temp.gen_pick(n bigint, salt integer, size bigint) returns integer language sql
				immutable as $$ select floor(pg_temp.gen_u(n, salt) * size)::integer $$""");
		// Rows of the first i accounts (by size rank) out of total rows over count
		// accounts: a concave curve, so rank 1 gets the most.
		exec("""
				create function pg_temp.gen_cum(i bigint, total bigint, count bigint, curve float8) returns bigint
				language sql immutable as $$ select floor(total * power(i::float8 / count, curve))::bigint $$""");
		exec(fill("""
				create function pg_temp.gen_account_id(n bigint) returns bigint language sql immutable
				as $$ select {base_a} + ((n - 1) * {P}) % {A} + 1 $$"""));
		exec("create function pg_temp.gen_person(n bigint) returns text language sql immutable as $$ select ("
				+ ChineseNames.sqlArray(ChineseNames.SURNAMES) + ")[1 + pg_temp.gen_pick(n, 1, "
				+ ChineseNames.SURNAMES.size() + ")] || (" + ChineseNames.sqlArray(ChineseNames.GIVEN)
				+ ")[1 + pg_temp.gen_pick(n, 2, " + ChineseNames.GIVEN.size()
				+ ")] || case when pg_temp.gen_pick(n, 3, 10) < 7 then (" + ChineseNames.sqlArray(ChineseNames.GIVEN)
				+ ")[1 + pg_temp.gen_pick(n, 4, " + ChineseNames.GIVEN.size() + ")] else '' end $$");
		exec("create function pg_temp.gen_company(n bigint, industry integer) returns text language sql immutable"
				+ " as $$ select (" + ChineseNames.sqlArray(ChineseNames.CITIES) + ")[1 + pg_temp.gen_pick(n, 5, "
				+ ChineseNames.CITIES.size() + ")] || (" + ChineseNames.sqlArray(ChineseNames.BRANDS)
				+ ")[1 + pg_temp.gen_pick(n, 6, " + ChineseNames.BRANDS.size() + ")] || ("
				+ ChineseNames.sqlArray(ChineseNames.BRANDS) + ")[1 + pg_temp.gen_pick(n, 7, "
				+ ChineseNames.BRANDS.size() + ")] || (" + ChineseNames.sqlArray(ChineseNames.INDUSTRY_WORDS)
				+ ")[industry] || '有限公司' $$");
		// As V009 and the domain's name key: legal form and punctuation dropped.
		exec("""
				create function pg_temp.gen_name_key(name text) returns text language sql immutable
				as $$ select lower(regexp_replace(regexp_replace(name, '(股份有限公司|有限责任公司|有限公司|集团|公司)+$', ''),
				'[[:space:][:punct:]　（）]', '', 'g')) $$""");
	}

	private void organisation() throws SQLException {
		long started = System.nanoTime();
		List<String[]> used = REGIONS.subList(0, Integer.parseInt(this.values.get("NR")));
		StringBuilder regions = new StringBuilder();
		for (String[] region : used) {
			regions.append((regions.length() > 0) ? "," : "")
				.append("('%s','%s','%s')".formatted(region[0], region[1], region[2]));
		}
		long newRegions = exec(
				"insert into region (code, name_zh, name_en) values " + regions + " on conflict (code) do nothing");
		StringBuilder codes = new StringBuilder();
		for (String[] region : used) {
			codes.append((codes.length() > 0) ? "," : "").append("'").append(region[0]).append("'");
		}
		exec(fill("""
				create temp table gen_region as
				select idx, r.id, r.code, r.name_zh,
				       {T} / {NR} + case when idx <= {T} %% {NR} then 1 else 0 end as team_count
				from region r, array_position(array[%s], r.code::text) as idx
				where idx <= {NR}""".formatted(codes)));
		long teams = exec(fill("""
				insert into team (code, name_zh, name_en, region_id)
				select 'G' || lpad(t::text, 2, '0'), r.name_zh || '大客户' || t || '部', 'Key accounts ' || t, r.id
				from generate_series(1, {T}) t join gen_region r on r.idx = (t - 1) % {NR} + 1"""));
		exec(fill("""
				create temp table gen_team as
				select t as idx, tm.id, tm.region_id, (t - 1) % {NR} + 1 as region_idx, (t - 1) / {NR} as region_pos,
				       {R} / {T} + case when t <= {R} % {T} then 1 else 0 end as rep_count
				from generate_series(1, {T}) t join team tm on tm.code = 'G' || lpad(t::text, 2, '0')"""));
		String hash = "'" + this.passwordHash.replace("'", "''") + "'";
		long managers = exec(fill("""
				insert into app_user (username, display_name, password_hash, role, team_id, created_at)
				select 'mgr' || lpad(t.idx::text, 2, '0'), pg_temp.gen_person(900000000 + t.idx), %s, 'MANAGER', t.id,
				       {now} - interval '1500 days'
				from gen_team t""".formatted(hash)));
		long reps = exec(fill("""
				insert into app_user (username, display_name, password_hash, role, team_id, created_at)
				select 'rep' || lpad(k::text, 3, '0'), pg_temp.gen_person(910000000 + k), %s, 'REP', t.id,
				       {now} - interval '1 day' * (200 + pg_temp.gen_pick(k, 9, 1200))
				from generate_series(1, {R}) k join gen_team t on t.idx = (k - 1) %% {T} + 1""".formatted(hash)));
		exec(fill("""
				update team tm set manager_id = u.id
				from gen_team t join app_user u on u.username = 'mgr' || lpad(t.idx::text, 2, '0')
				where tm.id = t.id"""));
		exec(fill("""
				create temp table gen_rep as
				select k as idx, (k - 1) % {T} + 1 as team_idx, (k - 1) / {T} as pos, u.id, u.team_id, u.display_name
				from generate_series(1, {R}) k join app_user u on u.username = 'rep' || lpad(k::text, 3, '0')"""));
		exec("create unique index on gen_rep (team_idx, pos)");
		exec(fill("""
				create temp table gen_industry as
				select idx, i.id from industry i, array_position(%s, i.code::text) as idx where idx is not null"""
			.formatted(INDUSTRY_CODES)));
		if (queryLong("select count(*) from gen_industry") != ChineseNames.INDUSTRY_WORDS.size()) {
			throw new IllegalStateException("The seeded industries of V002 are missing");
		}
		exec("""
				create temp table gen_source as
				select row_number() over (order by sort_order, id)::integer as idx, id
				from lead_source where parent_id is not null""");
		long sources = queryLong("select count(*) from gen_source");
		this.values.put("S", Long.toString(Math.max(sources, 1)));
		this.values.put("has_sources", Boolean.toString(sources > 0));
		record("region", newRegions, started);
		record("team", teams, started);
		record("app_user", managers + reps, started);
	}

	private void accounts() throws SQLException {
		long started = System.nanoTime();
		long rows = chunked("account", this.preset.accounts(), this.preset.accounts(),
				(lo, hi) -> fill(
						"""
								insert into account (id, name, name_key, team_id, owner_id, industry_id, industry_rank, annual_revenue,
								       annual_purchase, tier, tier_criteria_version, created_at, created_by_id, lead_source_id, address,
								       phone, lifecycle, relationship_stage, decision_mode)
								select pg_temp.gen_account_id(x.n), x.name, pg_temp.gen_name_key(x.name), r.team_id, r.id, i.id,
								       case when x.tier in ('A', 'B') then 1 + pg_temp.gen_pick(x.n, 13, 50)
								            else 51 + pg_temp.gen_pick(x.n, 13, 950) end,
								       x.revenue, round((x.revenue * (0.005 + 0.03 * pg_temp.gen_u(x.n, 14)))::numeric, 2), x.tier, 1,
								       {now} - interval '1 day' * (30 + 1800 * power(pg_temp.gen_u(x.n, 15), 1.5)), r.id, s.id,
								       x.city || (array['工业园','经济开发区','高新区','科技园'])[1 + pg_temp.gen_pick(x.n, 16, 4)]
								           || (1 + pg_temp.gen_pick(x.n, 17, 300)) || '号',
								       '0' || (200 + pg_temp.gen_pick(x.n, 18, 800)) || '-' || (10000000 + pg_temp.gen_pick(x.n, 19, 89999999)),
								       case x.tier when 'A' then 'STRATEGIC' when 'B' then 'MATURE'
								            when 'C' then case when pg_temp.gen_u(x.n, 20) < 0.5 then 'NEW_CUSTOMER' else 'PROSPECT' end
								            else 'PROSPECT' end,
								       case x.tier when 'A' then 'PARTNER' when 'B' then 'SUPPLIER' when 'C' then 'FRIEND' else 'OUTSIDER' end,
								       (array['CENTRALISED','DECENTRALISED','MIXED'])[1 + pg_temp.gen_pick(x.n, 21, 3)]
								from (select n, industry, pg_temp.gen_company(n, industry) as name,
								             substr(pg_temp.gen_company(n, industry), 1, 2) as city,
								             case when n <= 0.03 * {A} then 'A' when n <= 0.15 * {A} then 'B'
								                  when n <= 0.5 * {A} then 'C' else 'D' end as tier,
								             round((30 * power({A}::float8 / n, 0.9) * (0.8 + 0.4 * pg_temp.gen_u(n, 12)))::numeric, 2) as revenue,
								             1 + floor({R} * power(pg_temp.gen_u(n, 11), 2))::integer as rep_idx
								      from generate_series(%d, %d) n,
								           lateral (select 1 + floor(12 * power(pg_temp.gen_u(n, 10), 1.6))::integer as industry) ind) x
								join gen_rep r on r.idx = x.rep_idx
								join gen_industry i on i.idx = x.industry
								left join gen_source s on {has_sources} and s.idx = 1 + pg_temp.gen_pick(x.n, 22, {S})"""
							.formatted(lo, hi)));
		record("account", rows, started);
	}

	private void contacts() throws SQLException {
		long started = System.nanoTime();
		String curve = Double.toString(CONTACT_CURVE);
		long rows = chunked("contact", this.preset.accounts(), this.preset.contacts(),
				(lo, hi) -> fill(
						"""
								insert into contact (id, account_id, name, title, department, phone, level, relationship_depth,
								       target_depth, created_at, created_by_id, reports_to_id)
								select {base_c} + x.f0 + k, a.id, pg_temp.gen_person(20000000 + {base_c} + x.f0 + k),
								       case when k = 1 then '总经理'
								            else (array['副总经理','采购经理','技术总监','设备部经理','生产经理','财务经理','工程师','采购专员',
								                        '质量经理','项目经理'])[1 + pg_temp.gen_pick(x.f0 + k, 23, 10)] end,
								       case when k = 1 then '总经办'
								            else (array['采购部','技术部','设备部','生产部','财务部','质量部','工程部'])[1 + pg_temp.gen_pick(x.f0 + k, 24, 7)] end,
								       '1' || (30 + pg_temp.gen_pick(x.f0 + k, 25, 60)) || lpad(pg_temp.gen_pick(x.f0 + k, 26, 100000000)::text, 8, '0'),
								       case when k = 1 then 'DECISION'
								            else (array['IMAGE','DECISION','IMPLEMENTATION','IMPLEMENTATION','USAGE','USAGE'])[1 + pg_temp.gen_pick(x.f0 + k, 27, 6)] end,
								       1 + pg_temp.gen_pick(x.f0 + k, 28, 4), case when k <= 3 then 4 end,
								       a.created_at + ({now} - a.created_at) * pg_temp.gen_u(x.f0 + k, 29), a.owner_id,
								       case when k > 1 then {base_c} + x.f0 + 1 end
								from (select n, pg_temp.gen_cum(n - 1, {C}, {A}, %s) as f0,
								             pg_temp.gen_cum(n, {C}, {A}, %s) - pg_temp.gen_cum(n - 1, {C}, {A}, %s) as cnt
								      from generate_series(%d, %d) n) x
								cross join lateral generate_series(1, x.cnt) k
								join account a on a.id = pg_temp.gen_account_id(x.n)"""
							.formatted(curve, curve, curve, lo, hi)));
		record("contact", rows, started);
	}

	private void opportunities() throws SQLException {
		long started = System.nanoTime();
		String curve = Double.toString(OPPORTUNITY_CURVE);
		long rows = chunked("opportunity", this.preset.accounts(), this.preset.opportunities(),
				(lo, hi) -> fill(
						"""
								insert into opportunity (id, name, account_id, team_id, owner_id, milestone, status, status_reason,
								       created_at, created_by_name, milestone_entered_at, estimated_amount, expected_signing_date,
								       probability, contract_amount, contract_signed_on, closed_at, loss_reason, profit, next_step,
								       next_step_date, solution)
								select y.id, y.name, y.account_id, y.team_id, y.owner_id, (%s)[y.m], y.status,
								       case y.status when 'LOST' then (array['客户选择了竞争对手','客户预算取消','价格差距过大','技术方案未通过评审'])[1 + pg_temp.gen_pick(y.id, 35, 4)]
								                     when 'ON_HOLD' then (array['客户预算冻结，项目暂停','客户内部组织调整','项目延期至明年'])[1 + pg_temp.gen_pick(y.id, 35, 3)] end,
								       y.created_at, y.owner_name, y.created_at + y.step * (y.m - 1), y.amount,
								       case when y.status in ('WON', 'LOST') then (y.created_at + y.step * y.close_step)::date
								            else ({now} + interval '1 day' * (10 + pg_temp.gen_pick(y.id, 36, 180)))::date end,
								       case when y.status = 'LOST' then 0 else (array[5,10,25,40,55,75,100,100])[y.m] end,
								       case when y.status = 'WON' then round(y.amount * (0.8 + 0.3 * pg_temp.gen_u(y.id, 37))::numeric, 2) end,
								       case when y.status = 'WON' then (y.created_at + y.step * y.close_step)::date end,
								       case when y.status in ('WON', 'LOST') then y.created_at + y.step * y.close_step end,
								       case when y.status = 'LOST' then (array['PRICE','PRODUCT_FIT','COMPETITOR','RELATIONSHIP','BUDGET',
								            'TIMING','NO_DECISION','OTHER'])[1 + pg_temp.gen_pick(y.id, 38, 8)] end,
								       case when y.status = 'WON' then round(y.amount * (0.05 + 0.2 * pg_temp.gen_u(y.id, 39))::numeric, 2) end,
								       case when y.status = 'OPEN' then '安排下一次拜访' end,
								       case when y.status = 'OPEN' then ({now} + interval '1 day' * (1 + pg_temp.gen_pick(y.id, 40, 30)))::date end,
								       '按客户需求定制的解决方案'
								from (select z.*, case z.status when 'WON' then 6 else z.m end as close_step,
								             ({now} - z.created_at) / (z.m + 1) as step
								      from (select {base_o} + x.f0 + k as id, a.id as account_id, a.team_id,
								                   regexp_replace(a.name, '有限公司$', '') || (array['生产线自动化改造项目','涂装线升级项目',
								                       '散热系统采购项目','冲压设备更新项目','仓储物流系统项目','焊接机器人项目','检测设备采购项目',
								                       '厂房扩建配套项目','节能改造项目','数字化车间项目'])[1 + pg_temp.gen_pick({base_o} + x.f0 + k, 30, 10)] as name,
								                   coalesce(r2.id, a.owner_id) as owner_id, coalesce(r2.display_name, r.display_name) as owner_name,
								                   s.status,
								                   case when s.status = 'WON' then 7 + (pg_temp.gen_u({base_o} + x.f0 + k, 32) < 0.6)::integer
								                        else 1 + width_bucket(pg_temp.gen_u({base_o} + x.f0 + k, 33), array[0.25,0.47,0.62,0.76,0.88]::float8[]) end as m,
								                   {now} - interval '1 day' * case when s.status = 'OPEN'
								                       then 5 + 1090 * power(pg_temp.gen_u({base_o} + x.f0 + k, 41), 1.5)
								                       else 30 + 1065 * power(pg_temp.gen_u({base_o} + x.f0 + k, 41), 0.8) end as created_at,
								                   round((greatest(a.annual_revenue, 10) * (0.002 + 0.02 * pg_temp.gen_u({base_o} + x.f0 + k, 42)))::numeric, 2) as amount
								            from (select n, pg_temp.gen_cum(n - 1, {O}, {A}, %s) as f0,
								                         pg_temp.gen_cum(n, {O}, {A}, %s) - pg_temp.gen_cum(n - 1, {O}, {A}, %s) as cnt
								                  from generate_series(%d, %d) n) x
								            cross join lateral generate_series(1, x.cnt) k
								            join account a on a.id = pg_temp.gen_account_id(x.n)
								            join gen_rep r on r.id = a.owner_id
								            join gen_team gt on gt.idx = r.team_idx
								            left join gen_rep r2 on pg_temp.gen_u({base_o} + x.f0 + k, 34) >= 0.85 and r2.team_idx = r.team_idx
								                 and r2.pos = pg_temp.gen_pick({base_o} + x.f0 + k, 43, gt.rep_count)
								            cross join lateral (select case when pg_temp.gen_u({base_o} + x.f0 + k, 31) < 0.18 then 'WON'
								                                            when pg_temp.gen_u({base_o} + x.f0 + k, 31) < 0.40 then 'LOST'
								                                            when pg_temp.gen_u({base_o} + x.f0 + k, 31) < 0.45 then 'ON_HOLD'
								                                            else 'OPEN' end as status) s) z) y"""
							.formatted(MILESTONES, curve, curve, curve, lo, hi)));
		record("opportunity", rows, started);
	}

	/**
	 * The history of every generated deal: one forward move per milestone passed (into
	 * 签约成交 the deal is won), then the move that lost it or put it on hold.
	 */
	private void milestoneMoves() throws SQLException {
		long started = System.nanoTime();
		long baseO = Long.parseLong(this.values.get("base_o"));
		long total = this.preset.opportunities();
		long rows = 0;
		long chunk = 200_000;
		for (long lo = 1; lo <= total; lo += chunk) {
			long hi = Math.min(total, lo + chunk - 1);
			rows += exec(
					fill("""
							insert into milestone_move (opportunity_id, kind, from_milestone, to_milestone, from_status, to_status,
							       reason, moved_at, moved_by_id, moved_by_name)
							select o.id, 'FORWARD', (%1$s)[i], (%1$s)[i + 1],
							       case when i + 1 > 7 then 'WON' else 'OPEN' end, case when i + 1 >= 7 then 'WON' else 'OPEN' end,
							       null, case when i = o.m - 1 then o.milestone_entered_at
							                  else o.created_at + (o.milestone_entered_at - o.created_at) / (o.m - 1) * i end,
							       o.owner_id, o.created_by_name
							from (select *, array_position(%1$s, milestone::text) as m from opportunity
							      where id between %2$d and %3$d) o
							cross join lateral generate_series(1, o.m - 1) i
							union all
							select o.id, o.status, o.milestone, o.milestone, 'OPEN', o.status, o.status_reason,
							       coalesce(o.closed_at, o.milestone_entered_at + ({now} - o.milestone_entered_at) / 2),
							       o.owner_id, o.created_by_name
							from opportunity o
							where o.id between %2$d and %3$d and o.status in ('LOST', 'ON_HOLD')
							order by 1, 8"""
						.formatted(MILESTONES, baseO + lo, baseO + hi)));
			log.info("milestone_move: {} rows for deals up to {} of {}", rows, hi, total);
		}
		record("milestone_move", rows, started);
	}

	private void activities() throws SQLException {
		long started = System.nanoTime();
		String a = Double.toString(ACTIVITY_CURVE);
		String c = Double.toString(CONTACT_CURVE);
		String o = Double.toString(OPPORTUNITY_CURVE);
		String series = """
				from (select n, pg_temp.gen_cum(n - 1, {X}, {A}, %1$s) as f0,
				             pg_temp.gen_cum(n, {X}, {A}, %1$s) - pg_temp.gen_cum(n - 1, {X}, {A}, %1$s) as cnt,
				             pg_temp.gen_cum(n - 1, {O}, {A}, %3$s) as o0,
				             pg_temp.gen_cum(n, {O}, {A}, %3$s) - pg_temp.gen_cum(n - 1, {O}, {A}, %3$s) as ocnt,
				             pg_temp.gen_cum(n - 1, {C}, {A}, %2$s) as c0,
				             pg_temp.gen_cum(n, {C}, {A}, %2$s) - pg_temp.gen_cum(n - 1, {C}, {A}, %2$s) as ccnt
				      from generate_series(%4$d, %5$d) n) x
				cross join lateral generate_series(1, x.cnt) k""";
		long rows = chunked("activity", this.preset.accounts(), this.preset.activities(), (lo, hi) -> {
			String from = series.formatted(a, c, o, lo, hi);
			return fill(
					"""
							insert into activity (id, account_id, opportunity_id, team_id, owner_id, type, occurred_at, summary,
							       created_at, created_by_name, status, duration_minutes, objective, next_step, next_step_date,
							       next_step_done_at, step_introduction, step_benefit, step_appointment, completed_at, cancel_reason)
							select y.id, y.account_id, y.opportunity_id, y.team_id, y.owner_id, y.type, y.occurred_at,
							       case when y.status = 'DONE' then (array['初次拜访，介绍公司产品与服务','了解客户设备更新计划',
							            '与采购经理沟通报价','技术交流，演示解决方案','回访客户使用情况','确认项目预算与时间表',
							            '电话沟通下一步安排','与客户高层会面，确认合作意向'])[1 + pg_temp.gen_pick(y.id, 50, 8)] end,
							       least(y.occurred_at, {now}) - interval '2 hours', y.owner_name, y.status, y.duration,
							       case when y.status <> 'DONE' then '推进项目进展' end,
							       case when y.status = 'DONE' and y.follow then '发送报价与技术资料' end,
							       case when y.status = 'DONE' and y.follow then (y.occurred_at + interval '7 days')::date end,
							       case when y.status = 'DONE' and y.follow and y.occurred_at < {now} - interval '14 days'
							            then y.occurred_at + interval '5 days' end,
							       y.phone and y.status = 'DONE', y.phone and y.status = 'DONE' and pg_temp.gen_u(y.id, 51) < 0.7,
							       y.phone and y.status = 'DONE' and pg_temp.gen_u(y.id, 52) < 0.4,
							       case when y.status = 'DONE' then y.occurred_at + interval '1 minute' * y.duration end,
							       case when y.status = 'CANCELLED' then '客户临时有事，改期' end
							from (select z.*, z.type = 'PHONE_INVITATION' as phone,
							             case when z.type = 'PHONE_INVITATION' then 10 + pg_temp.gen_pick(z.id, 53, 20)
							                  else 30 + 30 * pg_temp.gen_pick(z.id, 54, 4) end as duration,
							             case when z.status = 'PLANNED' then {now} + interval '1 hour' * (2 + pg_temp.gen_pick(z.id, 55, 1000))
							                  else {now} - interval '1 hour' * (1 + 26280 * power(pg_temp.gen_u(z.id, 56), 1.6)) end as occurred_at
							      from (select {base_x} + x.f0 + k as id, acc.id as account_id, acc.team_id, acc.owner_id,
							                   r.display_name as owner_name,
							                   case when x.ocnt > 0 and pg_temp.gen_u({base_x} + x.f0 + k, 57) < 0.6
							                        then {base_o} + x.o0 + 1 + pg_temp.gen_pick({base_x} + x.f0 + k, 58, x.ocnt) end as opportunity_id,
							                   width_bucket(pg_temp.gen_u({base_x} + x.f0 + k, 59), array[0.35,0.65,0.70,0.78,0.83,0.86,0.90,0.95]::float8[]) as type_idx,
							                   case when pg_temp.gen_u({base_x} + x.f0 + k, 60) < 0.03 then 'PLANNED'
							                        when pg_temp.gen_u({base_x} + x.f0 + k, 60) < 0.04 then 'CANCELLED'
							                        else 'DONE' end as status,
							                   pg_temp.gen_u({base_x} + x.f0 + k, 61) < 0.2 as follow
							            """
							+ from
							+ """

									      join account acc on acc.id = pg_temp.gen_account_id(x.n)
									      join gen_rep r on r.id = acc.owner_id) w
									cross join lateral (select w.*, (array['PHONE_INVITATION','SALES_VISIT','TECHNICAL_SEMINAR',
									      'PROJECT_EXCHANGE','DEMONSTRATION','EXECUTIVE_VISIT','SITE_VISIT','NEGOTIATION','OTHER'])[w.type_idx + 1] as type) z) y""");
		});
		record("activity", rows, started);
		started = System.nanoTime();
		long links = chunked("activity_contact", this.preset.accounts(), this.preset.activities(), (lo, hi) -> fill("""
				insert into activity_contact (activity_id, contact_id)
				select {base_x} + x.f0 + k, {base_c} + x.c0 + 1 + pg_temp.gen_pick({base_x} + x.f0 + k, 62, x.ccnt)
				""" + series.formatted(a, c, o, lo, hi) + """

				where x.ccnt > 0 and pg_temp.gen_u({base_x} + x.f0 + k, 63) < 0.5"""));
		record("activity_contact", links, started);
	}

	/**
	 * Leads region by region, numbered per region and year after what
	 * {@code lead_number_counter} has already given out, which then moves past them.
	 */
	private void leads() throws SQLException {
		long started = System.nanoTime();
		long rows = 0;
		int regions = Integer.parseInt(this.values.get("NR"));
		for (int region = 1; region <= regions; region++) {
			rows += exec(
					fill("""
							insert into lead (id, name, name_key, number, region_id, team_id, owner_id, industry_id, industry_rank,
							       annual_revenue, tier, tier_criteria_version, status, registered_at, lead_source_id, registrant_id,
							       contact_hint, discard_reason, owned_since, last_contacted_at, converted_account_id, closed_at)
							select y.id, y.name, pg_temp.gen_name_key(y.name),
							       y.code || '-' || y.year || '-' || lpad(y.seq::text, greatest(5, length(y.seq::text)), '0'),
							       y.region_id, case when y.status <> 'NEW' then y.team_id end,
							       case when y.status <> 'NEW' then y.rep_id end, y.industry_id, y.rank, y.revenue, y.tier, 1,
							       y.status, y.registered_at, y.source_id, y.rep_id, pg_temp.gen_person(30000000 + y.id) || ' 先生/女士',
							       case when y.status = 'DISCARDED' then (array['客户无采购计划','重复登记','客户已与竞争对手签约','信息不实'])[1 + pg_temp.gen_pick(y.id, 70, 4)] end,
							       y.owned_since,
							       case when y.status = 'CONTACTING' then y.owned_since + ({now} - y.owned_since) * pg_temp.gen_u(y.id, 71) end,
							       case when y.status = 'CONVERTED' then pg_temp.gen_account_id(1 + pg_temp.gen_pick(y.id, 72, {A})) end,
							       case when y.status in ('CONVERTED', 'DISCARDED') then y.owned_since + ({now} - y.owned_since) * pg_temp.gen_u(y.id, 73) end
							from (select z.*, coalesce(c.last_number, 0)
							             + row_number() over (partition by z.year order by z.registered_at, z.id) as seq,
							             case when z.status <> 'NEW' then z.registered_at + ({now} - z.registered_at) * 0.3 * pg_temp.gen_u(z.id, 74) end as owned_since
							      from (select {base_l} + n as id, gr.id as region_id, gr.code, t.id as team_id, r.id as rep_id,
							                   pg_temp.gen_company(40000000 + n, ind.idx) as name, i.id as industry_id,
							                   ind.tier, case when ind.tier in ('A', 'B') then 1 + pg_temp.gen_pick(n, 75, 50) else 51 + pg_temp.gen_pick(n, 75, 950) end as rank,
							                   case ind.tier when 'A' then 50000 when 'B' then 10000 when 'C' then 5000 else 100 end
							                       * (1 + round((4 * pg_temp.gen_u(n, 76))::numeric, 2)) as revenue,
							                   reg.at as registered_at,
							                   extract(year from reg.at at time zone 'Asia/Shanghai')::integer as year,
							                   s.id as source_id,
							                   case when pg_temp.gen_u(n, 77) < 0.20 then 'NEW' when pg_temp.gen_u(n, 77) < 0.40 then 'ASSIGNED'
							                        when pg_temp.gen_u(n, 77) < 0.62 then 'CONTACTING' when pg_temp.gen_u(n, 77) < 0.72 then 'CONVERTED'
							                        else 'DISCARDED' end as status
							            from generate_series(1, {L}) n
							            cross join lateral (select 1 + floor({NR} * power(pg_temp.gen_u(n, 78), 1.3))::integer as region_idx,
							                   1 + floor(12 * power(pg_temp.gen_u(n, 79), 1.6))::integer as idx,
							                   case when pg_temp.gen_u(n, 80) < 0.03 then 'A' when pg_temp.gen_u(n, 80) < 0.15 then 'B'
							                        when pg_temp.gen_u(n, 80) < 0.5 then 'C' else 'D' end as tier) ind
							            cross join lateral (select {now} - interval '1 hour' * (1 + 26280 * power(pg_temp.gen_u(n, 81), 1.4)) as at) reg
							            join gen_region gr on gr.idx = ind.region_idx
							            join gen_team t on t.region_idx = gr.idx and t.region_pos = pg_temp.gen_pick(n, 82, gr.team_count)
							            join gen_rep r on r.team_idx = t.idx and r.pos = floor(t.rep_count * power(pg_temp.gen_u(n, 83), 2))::integer
							            join gen_industry i on i.idx = ind.idx
							            left join gen_source s on {has_sources} and s.idx = 1 + pg_temp.gen_pick(n, 84, {S})
							            where ind.region_idx = %d) z
							      left join lead_number_counter c on c.region_id = z.region_id and c.year = z.year) y"""
						.formatted(region)));
			log.info("lead: {} rows after region {} of {}", rows, region, regions);
		}
		exec(fill("""
				insert into lead_number_counter (region_id, year, last_number)
				select region_id, split_part(number, '-', 2)::integer, max(split_part(number, '-', 3)::integer)
				from lead where id > {base_l} group by 1, 2
				on conflict (region_id, year) do update
				set last_number = greatest(lead_number_counter.last_number, excluded.last_number)"""));
		record("lead", rows, started);
	}

	/**
	 * Submitted 立项 requests waiting in every generated manager's inbox: deals of the team
	 * at 电话预约与上门拜访, locked while the request is decided, as the app does.
	 */
	private void approvals() throws SQLException {
		long started = System.nanoTime();
		exec(fill(
				"""
						create temp table gen_pending as
						select o.id, o.owner_id, o.team_id, o.created_by_name, o.name, o.estimated_amount, o.expected_signing_date,
						       {now} - interval '1 hour' * (1 + pg_temp.gen_pick(o.id, 90, 500)) as submitted_at
						from (select o.*, row_number() over (partition by o.team_id order by o.id) as rn
						      from opportunity o
						      where o.id > {base_o} and o.milestone = 'CALL_AND_VISIT' and o.status = 'OPEN'
						        and o.owner_id is not null) o
						where o.rn <= %d"""
					.formatted(this.preset.pendingPerManager())));
		long requests = exec(
				fill("""
						insert into approval_request (number, opportunity_id, requester_id, status, round, project_name,
						       customer_needs, value_positioning, estimated_amount, expected_contract_date, decision_process,
						       requested_budget, risks, created_at, submitted_at, last_actor_name, last_acted_at, team_id)
						select 'LX-' || extract(year from {now} at time zone 'Asia/Shanghai') || '-'
						           || lpad(q.seq::text, greatest(4, length(q.seq::text)), '0'),
						       q.id, q.owner_id, 'SUBMITTED', 1, left(q.name, 200), '客户计划更新生产设备，需求基本明确',
						       '我司方案在效率与能耗方面优势明显', q.estimated_amount, q.expected_signing_date,
						       '设备部提出需求，采购部比价，总经理审批', round(coalesce(q.estimated_amount, 0) * 0.02, 2),
						       '竞争对手价格较低', q.submitted_at - interval '1 day', q.submitted_at, q.created_by_name, q.submitted_at,
						       q.team_id
						from (select p.*, nextval('approval_request_number_seq') as seq from gen_pending p order by p.id) q"""));
		exec(fill(
				"""
						insert into approval_transition (request_id, round, from_status, to_status, actor_id, actor_name, acted_at)
						select r.id, 1, 'DRAFT', 'SUBMITTED', r.requester_id, r.last_actor_name, r.submitted_at
						from approval_request r where r.id > {base_r}"""));
		exec("update opportunity o set approval_locked = true from gen_pending p where o.id = p.id");
		record("approval_request", requests, started);
		started = System.nanoTime();
		long extra = approvable();
		record("activity (for pending requests)", extra, started);
	}

	/**
	 * What a manager needs to approve a generated request (the gate of 电话预约与上门拜访): a done
	 * phone invitation with all three steps and a done visit on the deal, a contact in
	 * its buying centre, and the manual checklist items ticked with evidence.
	 * @return the activities added (two per request)
	 */
	private long approvable() throws SQLException {
		this.values.put("base_x2", Long.toString(queryLong("select coalesce(max(id), 0) from activity")));
		long activities = exec(
				fill("""
						insert into activity (id, account_id, opportunity_id, team_id, owner_id, type, occurred_at, summary,
						       created_at, created_by_name, status, duration_minutes, step_introduction, step_benefit,
						       step_appointment, completed_at)
						select {base_x2} + 2 * (row_number() over (order by r.id)) - 2 + v.k, o.account_id, o.id, o.team_id,
						       o.owner_id, v.type, r.submitted_at - interval '1 day' * (4 - v.k), v.summary,
						       r.submitted_at - interval '1 day' * (4 - v.k), r.last_actor_name, 'DONE', v.minutes,
						       v.k = 1, v.k = 1, v.k = 1, r.submitted_at - interval '1 day' * (4 - v.k) + interval '1 minute' * v.minutes
						from approval_request r join opportunity o on o.id = r.opportunity_id
						cross join (values (1, 'PHONE_INVITATION', '电话介绍公司并约定拜访时间', 15),
						                   (2, 'SALES_VISIT', '上门拜访，确认采购流程与负责人', 90)) as v (k, type, summary, minutes)
						where r.id > {base_r} and r.status = 'SUBMITTED'"""));
		exec(fill("""
				insert into buying_centre_member (opportunity_id, contact_id, role, attitude, support)
				select o.id, (select min(c.id) from contact c where c.account_id = o.account_id), 'DECISION_MAKER',
				       'PRAGMATIST', 'SUPPORTER'
				from approval_request r join opportunity o on o.id = r.opportunity_id
				where r.id > {base_r} and r.status = 'SUBMITTED'
				  and exists (select 1 from contact c where c.account_id = o.account_id)"""));
		exec(fill("""
				insert into checklist_tick (opportunity_id, checklist_item_id, evidence_note, ticked_at, ticked_by_id,
				       ticked_by_name)
				select r.opportunity_id, i.id, '拜访记录已确认', r.submitted_at - interval '1 day', r.requester_id,
				       r.last_actor_name
				from approval_request r
				cross join checklist_item i join milestone_definition d on d.id = i.milestone_definition_id
				where r.id > {base_r} and r.status = 'SUBMITTED' and d.milestone = 'CALL_AND_VISIT' and i.active
				  and i.mandatory and i.satisfaction = 'MANUAL_WITH_EVIDENCE'"""));
		return activities;
	}

	private void finish() throws SQLException {
		long started = System.nanoTime();
		long accounts = exec(fill("""
				update account a set last_contacted_at = x.last
				from (select account_id, max(occurred_at) as last from activity
				      where id > {base_x} and status = 'DONE' group by account_id) x
				where a.id = x.account_id"""));
		record("account.last_contacted_at", accounts, started);
		started = System.nanoTime();
		for (String table : List.of("account", "contact", "opportunity", "activity", "lead", "milestone_move",
				"approval_request", "approval_transition", "buying_centre_member", "checklist_tick", "team", "app_user",
				"region")) {
			exec("select setval(pg_get_serial_sequence('%1$s', 'id'), (select coalesce(max(id), 1) from %1$s))"
				.formatted(table));
		}
		exec("analyze");
		record("analyze", 0, started);
	}

	/**
	 * Drops the plain (not unique, not primary-key) indexes of the biggest tables before
	 * their load: building them once afterwards is much cheaper than maintaining them row
	 * by row.
	 * @return the definitions to build them again with
	 */
	private List<String> dropSecondaryIndexes(String... tables) throws SQLException {
		List<String> definitions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (ResultSet result = this.statement.executeQuery("""
				select pg_get_indexdef(i.indexrelid), c.relname from pg_index i
				join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
				join pg_namespace n on n.oid = t.relnamespace
				where n.nspname = current_schema() and t.relname = any(string_to_array('%s', ','))
				  and not i.indisunique and not i.indisprimary""".formatted(String.join(",", tables)))) {
			while (result.next()) {
				definitions.add(result.getString(1));
				names.add(result.getString(2));
			}
		}
		for (String name : names) {
			exec("drop index " + name);
		}
		log.info("Dropped {} secondary indexes of {} for the load", names.size(), String.join(", ", tables));
		return definitions;
	}

	private void rebuild(List<String> indexes) throws SQLException {
		long started = System.nanoTime();
		for (String definition : indexes) {
			exec(definition);
		}
		record("indexes of activity, activity_contact, lead (rebuilt)", indexes.size(), started);
	}

	private interface ChunkSql {

		String sql(long lo, long hi);

	}

	/**
	 * Runs {@code sql} over account ranks 1..{@code accounts} in ranges of about
	 * {@link #CHUNK_ROWS} generated rows.
	 */
	private long chunked(String table, long accounts, long expectedRows, ChunkSql sql) throws SQLException {
		long chunks = Math.max(1, (expectedRows + CHUNK_ROWS - 1) / CHUNK_ROWS);
		long size = (accounts + chunks - 1) / chunks;
		long rows = 0;
		for (long lo = 1; lo <= accounts; lo += size) {
			long hi = Math.min(accounts, lo + size - 1);
			rows += exec(sql.sql(lo, hi));
			log.info("{}: {} of about {} rows", table, rows, expectedRows);
		}
		return rows;
	}

	private String fill(String template) {
		String sql = template;
		for (Map.Entry<String, String> value : this.values.entrySet()) {
			sql = sql.replace("{" + value.getKey() + "}", value.getValue());
		}
		return sql;
	}

	private long exec(String sql) throws SQLException {
		try {
			if (this.statement.execute(sql)) {
				return 0;
			}
			return Math.max(0, this.statement.getLargeUpdateCount());
		}
		catch (SQLException ex) {
			throw new SQLException(ex.getMessage() + "\n in: " + sql, ex.getSQLState(), ex);
		}
	}

	private long queryLong(String sql) throws SQLException {
		try (ResultSet result = this.statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private String queryString(String sql) throws SQLException {
		try (ResultSet result = this.statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private void record(String table, long rows, long startedNanos) {
		double seconds = (System.nanoTime() - startedNanos) / 1e9;
		this.loads.add(new TableLoad(table, rows, seconds));
		log.info("Generated {}: {} rows in {} s", table, rows, round(seconds));
	}

	private static double round(double seconds) {
		return Math.round(seconds * 10) / 10.0;
	}

	/** A step coprime to {@code accounts}, so rank → id is a permutation. */
	static long permutationStep(long accounts) {
		long step = 1_000_003;
		while (!BigInteger.valueOf(step).gcd(BigInteger.valueOf(accounts)).equals(BigInteger.ONE)) {
			step += 2;
		}
		return step % Math.max(accounts, 1) == 0 ? 1 : step;
	}

}
