#include "unavailable_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relief::gui {

UnavailablePage::UnavailablePage(const QString &areaName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unavailablePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    auto *title = new QLabel(areaName, this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *text =
        new QLabel(tr("This area is not available yet; it arrives in a later release."), this);
    text->setObjectName(QStringLiteral("unavailableLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace relief::gui
