#pragma once

// Window sizes that fit the office's screens (docs/design-brief.md: 1366×768 and
// 1280×720 laptops): a dialog never taller than a 720-line screen leaves with its
// title bar and the taskbar, nor than the screen it opens on.

#include <QSize>
#include <QStyledItemDelegate>

class QTableView;
class QWidget;

namespace relief::gui {

// The height a dialog may take on a 720-line screen: 720 − title bar − taskbar.
inline constexpr int kDialogMaxHeight = 650;

// `wanted`, bounded by kDialogMaxHeight and by the available area of the screen
// `widget` is on (or the primary screen).
QSize fittedSize(const QWidget *widget, QSize wanted);
// Resizes `widget` to fittedSize(widget, wanted).
void resizeToFit(QWidget *widget, QSize wanted);

// Every column but the last (which stretches) as wide as its header and cells plus
// `padding`, so that neither headers nor names touch the next column. Call after
// filling; the user may still drag the columns.
void sizeColumnsToContents(QTableView *table, int padding = 16);

// For a view whose columns size themselves to their contents (a paged model): cells
// ask for `padding` more width, so that no column's text touches the next one.
class PaddedItemDelegate : public QStyledItemDelegate
{
public:
    explicit PaddedItemDelegate(QObject *parent, int padding = 16)
        : QStyledItemDelegate(parent)
        , m_padding(padding)
    { }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(m_padding, 0);
    }

private:
    int m_padding;
};

} // namespace relief::gui
