import { useState } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link, useLocation } from 'wouter';
import { NATIONAL_REGION_CODE } from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { DataTable } from '../societal-picture/data-table.tsx';
import type { Column } from '../societal-picture/data-table.tsx';
import { regionName } from '../societal-picture/format.ts';
import { RegionSelect } from '../societal-picture/region-select.tsx';
import { SocietalNav } from '../societal-picture/societal-nav.tsx';
import { useCachedApi } from '../societal-picture/societal-api.ts';
import type { RegionList } from '../societal-picture/societal-types.ts';

/** Choose a region; the border (GROS) and shrinking gemeenten are listed for a quick start. */
export function RegionsPage() {
  const { t } = useLocale();
  const [, navigate] = useLocation();
  const regions = useCachedApi<RegionList>('/regions');
  const [chosen, setChosen] = useState(NATIONAL_REGION_CODE);
  const yes = (flag: boolean) => (flag ? '✓' : '');
  const names = new Map(
    regions.state === 'ready' ? regions.data.items.map((r) => [r.code, regionName(r)]) : [],
  );
  const parent = (r: Region, level: Region['level']) => {
    const code = r.parents.find((p) => p.level === level)?.code;
    return code ? (names.get(code) ?? code) : '';
  };
  const columns: Column<Region>[] = [
    {
      header: t('sp.level.gemeente'),
      rowHeader: true,
      cell: (r) => <Link href={`/regions/${r.code}`}>{regionName(r)}</Link>,
      csv: (r) => regionName(r),
    },
    { header: t('sp.meta.code'), cell: (r) => r.code },
    { header: t('sp.level.veiligheidsregio'), cell: (r) => parent(r, 'veiligheidsregio') },
    { header: t('sp.level.provincie'), cell: (r) => parent(r, 'provincie') },
    { header: t('sp.region.borderShort'), cell: (r) => yes(r.border), csv: (r) => r.border },
    { header: t('sp.region.shrinking'), cell: (r) => yes(r.shrinking), csv: (r) => r.shrinking },
  ];
  return (
    <>
      <SocietalNav />
      <Heading level={2}>{t('sp.regions.title')}</Heading>
      <Paragraph>{t('sp.regions.intro')}</Paragraph>
      {regions.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {regions.state === 'error' && (
        <Paragraph role="alert">
          {t('home.error')} {regions.error.message}
        </Paragraph>
      )}
      {regions.state === 'ready' && (
        <>
          <form
            className="ws-sp-controls"
            onSubmit={(e) => {
              e.preventDefault();
              navigate(`/regions/${chosen}`);
            }}
          >
            <RegionSelect
              id="regions-choose"
              label={t('sp.region')}
              regions={regions.data.items}
              value={chosen}
              onChange={setChosen}
            />
            <Button type="submit" appearance="primary-action-button">
              {t('sp.region.open')}
            </Button>
          </form>
          <section aria-labelledby="regions-flagged" className="ws-sp-section">
            <Heading level={3} id="regions-flagged">
              {t('sp.regions.flagged')}
            </Heading>
            <Paragraph className="ws-sp-note">{t('sp.regions.flaggedHint')}</Paragraph>
            <DataTable
              caption={t('sp.regions.flagged')}
              rows={regions.data.items.filter(
                (r) => r.level === 'gemeente' && (r.border || r.shrinking),
              )}
              columns={columns}
              rowKey={(r) => r.code}
              fileName={['grens-krimp-gemeenten']}
              open
              testId="flagged-table"
            />
          </section>
        </>
      )}
    </>
  );
}
