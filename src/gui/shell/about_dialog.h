#pragma once

// Version, database file, schema version and log file: what support asks for.

#include <QDialog>

namespace relief::gui {

class AppContext;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(AppContext &context, QWidget *parent = nullptr);
};

} // namespace relief::gui
