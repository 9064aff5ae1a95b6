#pragma once

// Administration › Holiday calendar: the official days off that fall on working
// days and the make-up working days on weekends, one year at a time. Edits stay
// local until Save replaces the stored calendar in one audited write.

#include "services/office/holiday_service.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relief::gui {

class HolidaysPage : public QWidget
{
    Q_OBJECT
public:
    HolidaysPage(services::HolidayService &holidays, services::Session session,
                 QWidget *parent = nullptr);

    void reload();
    bool hasUnsavedChanges() const { return m_dirty; }

private:
    void showYear();
    void addDate();
    void removeSelected();
    void save();
    void importFile();
    void setDirty(bool dirty);
    void showMessage(const QString &text, bool error);

    services::HolidayService &m_holidays;
    services::Session m_session;
    HolidayCalendar m_calendar;
    bool m_dirty = false;
    QSpinBox *m_yearSpin = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace relief::gui
