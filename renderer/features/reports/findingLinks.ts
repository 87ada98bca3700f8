import type { Finding } from '../../../shared/api/contracts/reports';
import type { RecordType } from '../../../shared/domain/article7';
import { assertNever } from '../../../shared/assert';
import { routeHash, sectionHash } from '../../app/route';

/** The page that opens a record, by the existing routes; null when a record has no page of its own. */
export function recordHref(type: RecordType, id: string): string | null {
  switch (type) {
    case 'hazardousArea':
      return routeHash({ page: 'hazardEdit', id });
    case 'landRelease':
      return sectionHash('releases', id);
    case 'destruction':
      return sectionHash('destruction', id);
    case 'stockpileLot':
      return sectionHash('stockpiles', id);
    case 'retainedItem':
      return sectionHash('retained', id);
    case 'retainedMovement':
      // A movement's page needs its item's id, which the finding does not carry: the list.
      return sectionHash('retained');
    case 'measure':
      return sectionHash('measures', id);
    case 'riskEducation':
      return sectionHash('education', id);
    case 'victimAssistance':
      return sectionHash('assistance', id);
    case 'casualtyPerson':
      return sectionHash('casualties', id);
    case 'casualtyAggregate':
      return sectionHash('casualties', 'aggregates', id);
    case 'incident':
      return sectionHash('incidents', id);
    case 'adminUnit':
      return routeHash({ page: 'units' });
    default:
      return assertNever(type);
  }
}

/** Where a finding sends the user: its record, the list to look at, or the report's own fields. */
export function findingHref(f: Finding, reportId: string): string | null {
  if (f.record) return recordHref(f.record.type, f.record.id);
  switch (f.list) {
    case 'casualties':
    case 'education':
    case 'assistance':
      return sectionHash(f.list);
    case 'contact':
      return sectionHash('reports', reportId);
    case null:
      return null;
    default:
      return assertNever(f.list);
  }
}
