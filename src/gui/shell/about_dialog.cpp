#include "about_dialog.h"

#include "app_context.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

AboutDialog::AboutDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ReliefDesk"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("ReliefDesk"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *blurb = new QLabel(tr("Case management for the social-assistance office of a street "
                                "office: households, applications, payments and relief."),
                             this);
    blurb->setWordWrap(true);
    layout->addWidget(blurb);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Version:"),
                 valueLabel(QStringLiteral(RELIEF_VERSION), QStringLiteral("versionLabel"), this));
    form->addRow(tr("Database:"),
                 valueLabel(context.databasePath(), QStringLiteral("databasePathLabel"), this));
    form->addRow(tr("Schema version:"),
                 valueLabel(QString::number(context.database().schemaVersion()),
                            QStringLiteral("schemaVersionLabel"), this));
    form->addRow(tr("Log file:"),
                 valueLabel(context.logFile().isEmpty() ? tr("(no log file)") : context.logFile(),
                            QStringLiteral("logFileLabel"), this));
    form->addRow(
        tr("Qt version:"),
        valueLabel(QString::fromLatin1(qVersion()), QStringLiteral("qtVersionLabel"), this));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
}

} // namespace relief::gui
