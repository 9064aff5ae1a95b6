#include "age.h"

namespace relief {

int ageInYears(const Date &birth, const Date &on)
{
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

} // namespace relief
