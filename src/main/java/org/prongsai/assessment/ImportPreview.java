package org.prongsai.assessment;

import java.util.List;

/** What an import would save, and every problem found; it can be saved only when there are none. */
public record ImportPreview(
        int fiscalYear,
        String fileName,
        List<ResultRow> rows,
        List<RowProblem> problems,
        OfficialResult result,
        Double computedTotal) {

    public ImportPreview(
            int fiscalYear, String fileName, List<ResultRow> rows, List<RowProblem> problems, OfficialResult result) {
        this(fiscalYear, fileName, rows, problems, result, null);
    }

    public boolean canSave() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    /**
     * The file's total is more than 0.01 from the total its own rows give (a typo, or rows of another agency):
     * it is saved only once a person confirms it.
     */
    public boolean totalDisagrees() {
        return computedTotal != null
                && result != null
                && result.total() != null
                && Math.abs(computedTotal - result.total().doubleValue()) > 0.01;
    }

    public Double shownComputedTotal() {
        return computedTotal == null ? null : org.prongsai.framework.Grades.shown(computedTotal);
    }

    ImportPreview withComputedTotal(Double computed) {
        return new ImportPreview(fiscalYear, fileName, rows, problems, result, computed);
    }

    public List<RowProblem> problemsOf(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }
}
