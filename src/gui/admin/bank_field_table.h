#pragma once

// One line of a bank template (header, details or trailer) as an editable table:
// a row per field with its source (a data item or literal text), the column title,
// and — for fixed-width formats — width, pad and alignment, the unit of amounts and
// the style of dates. Add, remove and move up/down; every edit emits changed().
// The cells are widgets (combo boxes, line edits, spin boxes) so that each keystroke
// reaches the preview; the rows are rebuilt from the list after a structural edit.

#include "domain/bank/bank_template.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace relief::gui {

class BankFieldTable : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        TextColumn, // the literal text
        TitleColumn,
        WidthColumn,
        PadColumn,
        AlignColumn,
        UnitColumn,
        StyleColumn,
        ColumnCount
    };

    explicit BankFieldTable(QWidget *parent = nullptr);

    // Details take every source; header and trailer only the file's own
    // (count, total, date, month, office, batch number) and literal text.
    void setPerPayment(bool perPayment);
    void setFields(const std::vector<bank::Field> &fields);
    const std::vector<bank::Field> &fields() const { return m_fields; }
    // Width, pad and alignment are shown for fixed-width formats only.
    void setFixedWidth(bool fixed);
    void setReadOnly(bool readOnly);
    QTableWidget *table() const { return m_table; }
    // Selects the row of field `index` (an error's path names it).
    void selectField(int index);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillRow(int row);
    void updateRowState(int row);
    void updateButtons();
    void addField();
    void removeField();
    void moveField(int delta);
    int currentField() const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    std::vector<bank::Field> m_fields;
    bool m_perPayment = true;
    bool m_fixed = false;
    bool m_readOnly = false;
};

} // namespace relief::gui
