package dev.l2mac.control;

import dev.l2mac.memory.FileStore;
import dev.l2mac.memory.MemoryException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic Python codebase of many modules of a few kilobytes each, laid out as {@code pkg_<p>/module_<m>.py},
 * for filling memory the way a large generated project would.
 */
final class SyntheticCodebase {
    private final int packages;
    private final int modulesPerPackage;
    private final int functionsPerModule;

    SyntheticCodebase(int packages, int modulesPerPackage, int functionsPerModule) {
        this.packages = packages;
        this.modulesPerPackage = modulesPerPackage;
        this.functionsPerModule = functionsPerModule;
    }

    int fileCount() {
        return packages * modulesPerPackage;
    }

    /** The path of the {@code index}-th module, counting across packages. */
    String path(int index) {
        int file = Math.floorMod(index, fileCount());
        return "pkg_" + file / modulesPerPackage + "/module_" + file % modulesPerPackage + ".py";
    }

    /** Writes every module into {@code store}. */
    void fill(FileStore store) throws MemoryException {
        for (int i = 0; i < fileCount(); i++) {
            store.write(path(i), module(i, 0));
        }
    }

    /** The source of module {@code index} in its {@code revision}-th version. */
    String module(int index, int revision) {
        int pkg = Math.floorMod(index, fileCount()) / modulesPerPackage;
        StringBuilder source = new StringBuilder()
                .append("\"\"\"Module ")
                .append(index)
                .append(" of package pkg_")
                .append(pkg)
                .append(": records, validation and reporting for the inventory service (revision ")
                .append(revision)
                .append(").\"\"\"\n\n")
                .append("from __future__ import annotations\n\n")
                .append("import dataclasses\nimport logging\nfrom typing import Iterable, Optional\n\n")
                .append("from pkg_")
                .append(pkg)
                .append(" import module_")
                .append((index + 1) % modulesPerPackage)
                .append(" as neighbour\n\n")
                .append("LOG = logging.getLogger(__name__)\n")
                .append("MAX_ITEMS_")
                .append(index)
                .append(" = ")
                .append(100 + index % 17)
                .append("\n\n\n");
        source.append(recordClass(index));
        for (int f = 0; f < functionsPerModule; f++) {
            source.append(function(index, revision, f));
        }
        return source.toString();
    }

    private static String recordClass(int index) {
        return """
                @dataclasses.dataclass(frozen=True)
                class Item%1$d:
                    \"\"\"One stock item as stored by module %1$d.\"\"\"

                    sku: str
                    quantity: int
                    price_cents: int
                    location: Optional[str] = None

                    def total_cents(self) -> int:
                        return self.quantity * self.price_cents

                    def is_empty(self) -> bool:
                        return self.quantity <= 0


                """.formatted(index);
    }

    private static String function(int index, int revision, int number) {
        return """
                def summarize_%1$d_%2$d(items: Iterable[Item%1$d], threshold: int = %3$d) -> dict[str, int]:
                    \"\"\"Counts items above and below the threshold and sums their value in cents.\"\"\"
                    above = 0
                    below = 0
                    value = 0
                    for item in items:
                        if item.quantity >= threshold:
                            above += 1
                        else:
                            below += 1
                        value += item.total_cents()
                    if value > MAX_ITEMS_%1$d * 1000:
                        LOG.warning("inventory value %%s exceeds the expected bound", value)
                    return {"above": above, "below": below, "value_cents": value, "revision": %4$d}


                """.formatted(index, number, 5 + number, revision);
    }

    /** Paths of {@code count} consecutive modules starting at {@code index}. */
    List<String> paths(int index, int count) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(path(index + i));
        }
        return paths;
    }
}
