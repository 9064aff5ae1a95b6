#include "connection_factory.h"

namespace relief::storage {

Result<std::unique_ptr<Database>> SqliteFileFactory::open() const
{
    // The first connection created (and migrated) the file; a worker never does.
    return Database::open(m_path, OpenOptions {OpenMode::ExistingOnly, -1});
}

} // namespace relief::storage
