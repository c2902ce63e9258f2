package org.prongsai.assessment;

import java.util.List;

/** What an import would save, and every problem found; it can be saved only when there are none. */
public record ImportPreview(
        int fiscalYear, String fileName, List<ResultRow> rows, List<RowProblem> problems, OfficialResult result) {

    public boolean canSave() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public List<RowProblem> problemsOf(int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }
}
