# Precompiled headers: the heavy third-party headers most files of a target
# include (Qt, nlohmann/json, spdlog, GoogleTest), parsed once per target instead
# of once per file. Only system and third-party headers go here, never the
# project's own (they change too often). RELIEF_PCH=OFF turns it off, e.g. to
# check that every file includes what it uses.
option(RELIEF_PCH "Use precompiled headers" ON)

set(RELIEF_PCH_STD <algorithm> <functional> <map> <memory> <optional> <string>
    <string_view> <vector>)
set(RELIEF_PCH_CORE <QCoreApplication> <QString> <QStringList> <nlohmann/json.hpp>
    <spdlog/spdlog.h>)
set(RELIEF_PCH_WIDGETS <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
    <QPushButton> <QTableWidget> <QVBoxLayout> <QWidget>)

# relief_precompile(TARGET KIND...): KIND is any of STD CORE WIDGETS GTEST QTEST,
# or a header of its own (<...>).
function(relief_precompile target)
  if(NOT RELIEF_PCH)
    return()
  endif()
  set(headers)
  foreach(kind IN LISTS ARGN)
    if(kind STREQUAL "GTEST")
      list(APPEND headers <gtest/gtest.h>)
    elseif(kind STREQUAL "QTEST")
      list(APPEND headers <QTest> <QSignalSpy>)
    elseif(kind MATCHES "^<")
      list(APPEND headers ${kind})
    else()
      list(APPEND headers ${RELIEF_PCH_${kind}})
    endif()
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
