#include "private_files.h"

#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relief::storage {

bool createPrivateDirectories(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path.empty())
        return false;
    const fs::path target = fs::absolute(fs::path(path), ec);
    if (ec)
        return false;
    fs::path current;
    for (const auto &part : target) {
        current /= part;
        if (fs::is_directory(current, ec))
            continue;
        if (::mkdir(current.c_str(), 0700) != 0 && !fs::is_directory(current, ec))
            return false;
        ::chmod(current.c_str(), 0700); // mkdir's mode passes through the umask
    }
    return fs::is_directory(target, ec);
}

bool createPrivateFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
        return true;
    }
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0;
}

void restrictToOwner(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
        ::chmod(path.c_str(), st.st_mode & 0700);
}

} // namespace relief::storage
