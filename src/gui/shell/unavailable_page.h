#pragma once

// Stands in for an area of the product that a later release builds, and says
// so plainly: no sample data, no disabled look-alike screens.

#include <QWidget>

namespace relief::gui {

class UnavailablePage : public QWidget
{
    Q_OBJECT
public:
    UnavailablePage(const QString &areaName, QWidget *parent = nullptr);
};

} // namespace relief::gui
