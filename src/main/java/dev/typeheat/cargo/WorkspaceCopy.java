package dev.typeheat.cargo;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A copy of the user's workspace in a folder of typeheat's, to edit and build while the user's tree stays as
 * it is. Build output ({@code .git}, target directories: folders with cargo's {@code CACHEDIR.TAG}) is not
 * copied. Path dependencies outside the workspace are not copied either: a symbolic link at the same
 * relative place points to the original, so {@code path = "../lib"} resolves as it does in the user's tree.
 */
final class WorkspaceCopy {
    private final Path originalRoot;
    private final Path root;

    private WorkspaceCopy(Path originalRoot, Path root) {
        this.originalRoot = originalRoot;
        this.root = root;
    }

    /**
     * Copies the workspace at {@code workspaceRoot} into {@code into} (which must not exist yet).
     *
     * @param pathDependencies the directories of the members' path dependencies
     */
    static WorkspaceCopy create(Path into, Path workspaceRoot, Collection<Path> pathDependencies) throws IOException {
        Path original = workspaceRoot.toAbsolutePath().normalize();
        Set<Path> outside = outsidePackages(original, pathDependencies);
        Path base = original;
        for (Path dir : outside) {
            while (!dir.startsWith(base)) {
                base = base.getParent();
            }
        }
        Path root = into.resolve(base.relativize(original).toString());
        copyTree(original, root);
        for (Path dir : outside) {
            Path link = into.resolve(base.relativize(dir).toString());
            Files.createDirectories(link.getParent());
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, dir);
            }
        }
        return new WorkspaceCopy(original, root);
    }

    /** Where {@code original}, a path inside the user's workspace, is in the copy. */
    Path map(Path original) {
        return root.resolve(originalRoot.relativize(original.toAbsolutePath().normalize()).toString());
    }

    /** Path dependencies outside the workspace, and theirs, found through their manifests. */
    private static Set<Path> outsidePackages(Path root, Collection<Path> pathDependencies) {
        Set<Path> out = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>(pathDependencies);
        while (!todo.isEmpty()) {
            Path dir = todo.pop().toAbsolutePath().normalize();
            if (dir.startsWith(root) || !out.add(dir)) {
                continue;
            }
            Path manifest = dir.resolve("Cargo.toml");
            if (Files.isRegularFile(manifest)) {
                todo.addAll(CrateManifest.read(manifest).pathDependencies());
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                boolean output = dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                        || Files.exists(dir.resolve("CACHEDIR.TAG"));
                if (output && !dir.equals(from)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS,
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder typeheat made, never following a symbolic link out of it. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
