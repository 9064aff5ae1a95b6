#include "screen_fit.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QTableView>
#include <QWidget>

#include <algorithm>

namespace relief::gui {

namespace {
// What a window frame takes around the client area: the title bar and the taskbar.
constexpr int kFrameAndTaskbar = 70;
} // namespace

QSize fittedSize(const QWidget *widget, QSize wanted)
{
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    int height = std::min(wanted.height(), kDialogMaxHeight);
    int width = wanted.width();
    if (screen) {
        const QRect available = screen->availableGeometry();
        height = std::min(height, available.height() - kFrameAndTaskbar);
        width = std::min(width, available.width() - 20);
    }
    return {width, height};
}

void sizeColumnsToContents(QTableView *table, int padding)
{
    if (!table || !table->model())
        return;
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int columns = table->model()->columnCount();
    for (int column = 0; column + 1 < columns; ++column) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, table->columnWidth(column) + padding);
    }
    header->setStretchLastSection(true);
}

void resizeToFit(QWidget *widget, QSize wanted)
{
    if (widget)
        widget->resize(fittedSize(widget, wanted));
}

} // namespace relief::gui
