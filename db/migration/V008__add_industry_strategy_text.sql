-- The marketing strategy text reps see next to an industry (营销战略), kept per industry in Chinese and
-- English so admins can word it for their market; seeded with the manual's text for each industry's class
-- (seed 000: 主流 重点进攻、大力发展 / 次主流 选择市场、提升潜力 / 非主流 顺其自然、选择进攻).

alter table industry
    add column strategy_zh varchar(200),
    add column strategy_en varchar(200);

update industry set
    strategy_zh = case strategy_class
        when 'MAINSTREAM' then '重点进攻、大力发展'
        when 'SECONDARY' then '选择市场、提升潜力'
        else '顺其自然、选择进攻' end,
    strategy_en = case strategy_class
        when 'MAINSTREAM' then 'Attack and develop strongly'
        when 'SECONDARY' then 'Choose markets, raise potential'
        else 'Opportunistic: attack selectively' end;

alter table industry alter column strategy_zh set not null;

-- Codes are what imports and the API use: upper case letters, digits and '_' only.
alter table industry
    add constraint ck_industry_code check (code ~ '^[A-Z0-9_]{2,32}$');
alter table lead_source
    add constraint ck_lead_source_code check (code ~ '^[A-Z0-9_]{2,32}$');

-- Two sources under the same channel (or two channels) with the same name would be indistinguishable
-- on the lead sheet; the service checks first, this index keeps it true under concurrent saves.
create unique index uk_lead_source_sibling_name on lead_source (coalesce(parent_id, 0), name_zh);
