/** 报送案例 (department): enter a typical case and sign it to the office's 案例库. */
import { useExchange } from '../bundles/use-exchange';
import { CaseSubmitCard } from './CaseSubmitCard';

export function CaseSubmitPage() {
  const { deps, acting, data } = useExchange(null);
  if (!data || !acting) return null;
  return <CaseSubmitCard deps={deps} acting={acting} year={data.workspace.academicYearStart + 1} />;
}
