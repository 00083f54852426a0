package org.beaconportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several Liberty nodes share HTTP sessions through the database (issue 9), so everything Faces
 * keeps in the session must survive Java serialization: view-, session-, conversation- and
 * flow-scoped beans with everything they hold, and the entities that may be handed to them.
 *
 * <p>The test scans the portal's classes on the class path (core and every module, as the WAR
 * assembles them) and walks the declared state of every such bean: each non-static, non-transient
 * field that is not injected must have a serializable type, followed into the portal's own
 * classes (entities, records, value objects, their superclasses and subclasses), generic type
 * arguments and arrays. A failure lists every offending path.
 */
class SessionStateSerializableTest {

    private static final String ROOT_PACKAGE = "org.beaconportal";

    /** Scope annotations whose beans Faces/CDI keep in the HTTP session. */
    private static final Set<String> SESSION_SCOPES = Set.of(
            "jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.ConversationScoped",
            "jakarta.faces.flow.FlowScoped");

    /** Injection annotations: the container hands serializable proxies (or references) to them. */
    private static final Set<String> INJECTION = Set.of(
            "jakarta.inject.Inject",
            "jakarta.ejb.EJB",
            "jakarta.persistence.PersistenceContext",
            "jakarta.annotation.Resource");

    /** Scopes whose beans are injected as serializable client proxies. */
    private static final Set<String> NORMAL_SCOPES = Set.of(
            "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.SessionScoped",
            "jakarta.faces.view.ViewScoped");

    /** JDK interfaces whose usual implementations are serializable when their elements are. */
    private static final Set<Class<?>> SERIALIZABLE_CONTAINERS = Set.of(
            Collection.class,
            List.class,
            Set.class,
            Map.class,
            java.util.SortedSet.class,
            java.util.SortedMap.class,
            java.util.NavigableMap.class,
            java.util.NavigableSet.class,
            java.util.Queue.class,
            java.util.Deque.class);

    private static List<Class<?>> portalClasses;

    @BeforeAll
    static void scanClassPath() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.contains("test-classes")) {
                continue;
            }
            if (Files.isDirectory(path)) {
                Path root = path.resolve(ROOT_PACKAGE.replace('.', '/'));
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> f.toString().endsWith(".class"))
                                .map(f -> className(path.relativize(f).toString()))
                                .forEach(names::add);
                    }
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(ROOT_PACKAGE.replace('.', '/') + "/") && n.endsWith(".class"))
                            .map(SessionStateSerializableTest::className)
                            .forEach(names::add);
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = SessionStateSerializableTest.class.getClassLoader();
        for (String name : names) {
            if (name.endsWith("package-info") || name.endsWith("module-info")) {
                continue;
            }
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("Cannot load " + name + " to check it: " + e, e);
            }
        }
        portalClasses = classes;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length())
                .replace('/', '.')
                .replace('\\', '.');
    }

    @Test
    void theScanSeesTheBeansOfCoreAndOfEveryModule() {
        Set<String> packages =
                sessionBeans().stream().map(c -> c.getPackageName()).collect(Collectors.toCollection(TreeSet::new));
        for (String expected : List.of(
                "org.beaconportal.core.web",
                "org.beaconportal.resources.web",
                "org.beaconportal.newsletter.web",
                "org.beaconportal.compliance.web",
                "org.beaconportal.publications.web",
                "org.beaconportal.statistics.web")) {
            assertTrue(packages.contains(expected), "no session-kept bean found in " + expected + ": " + packages);
        }
    }

    @Test
    void everythingKeptInTheSessionIsSerializable() {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "no view- or session-scoped bean found on the class path");
        Walker walker = new Walker();
        for (Class<?> bean : beans) {
            walker.walkRoot(bean, bean.getSimpleName());
        }
        assertTrue(
                walker.problems.isEmpty(),
                walker.problems.size() + " things kept in the HTTP session are not serializable:\n  "
                        + String.join("\n  ", walker.problems.values()));
    }

    /**
     * On the node that takes over a session the bean is deserialized, not injected again: a
     * {@code transient} injected field would be {@code null} there. Injected fields therefore stay
     * non-transient and hold the container's serializable client proxies of normal-scoped beans.
     */
    @Test
    void injectedFieldsOfSessionKeptBeansSurviveDeserialization() {
        List<String> offending = new ArrayList<>();
        for (Class<?> bean : sessionBeans()) {
            for (Class<?> c = bean; c != null && portal(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!injected(field) || Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    String where = c.getSimpleName() + "." + field.getName();
                    if (Modifier.isTransient(field.getModifiers())) {
                        offending.add(where + " is transient: null after the session moves to another node");
                    }
                    Class<?> type = field.getType();
                    if (portal(type)
                            && !type.isInterface()
                            && NORMAL_SCOPES.stream().noneMatch(scope -> has(type, scope))
                            && !Serializable.class.isAssignableFrom(type)) {
                        offending.add(where + ": " + type.getName()
                                + " is neither a normal-scoped bean (serializable proxy) nor Serializable");
                    }
                }
            }
        }
        assertTrue(
                offending.isEmpty(),
                "injected fields that break on another node:\n  " + String.join("\n  ", offending));
    }

    /**
     * Entities may end up in any view (and are what views most often hold): all of them, with what
     * they hold, whether or not a view holds one today.
     */
    @Test
    void everyEntityEmbeddableAndMappedSuperclassIsSerializable() {
        List<Class<?>> entities = portalClasses.stream()
                .filter(c -> has(c, "jakarta.persistence.Entity")
                        || has(c, "jakarta.persistence.Embeddable")
                        || has(c, "jakarta.persistence.MappedSuperclass"))
                .toList();
        assertTrue(entities.size() > 20, "expected the entities of core and the modules, found " + entities);
        Walker walker = new Walker();
        for (Class<?> entity : entities) {
            walker.walkRoot(entity, entity.getSimpleName());
        }
        assertTrue(
                walker.problems.isEmpty(),
                walker.problems.size() + " entity states are not serializable:\n  "
                        + String.join("\n  ", walker.problems.values()));
    }

    /**
     * Beyond declared types: a freshly constructed bean (with what its field initializers build,
     * such as its lazy table model) and a blank entity really go through Java serialization and back.
     */
    @Test
    void freshBeansAndEntitiesSurviveARealSerializationRoundTrip() throws Exception {
        List<Class<?>> candidates = new ArrayList<>(sessionBeans());
        portalClasses.stream()
                .filter(c -> has(c, "jakarta.persistence.Entity") && !Modifier.isAbstract(c.getModifiers()))
                .forEach(candidates::add);
        List<String> failures = new ArrayList<>();
        for (Class<?> type : candidates) {
            Object instance;
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                instance = constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                failures.add(type.getName() + ": cannot be constructed without arguments (" + e + ")");
                continue;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(instance);
                }
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    Object back = in.readObject();
                    assertEquals(type, back.getClass());
                }
            } catch (IOException | ClassNotFoundException e) {
                failures.add(type.getName() + ": " + e);
            }
        }
        assertTrue(candidates.size() > 40, "expected the beans and entities, found " + candidates.size());
        assertTrue(failures.isEmpty(), "not serializable for real:\n  " + String.join("\n  ", failures));
    }

    /** The walk itself: what it must find in a bean built to break, and what it must let pass. */
    @Test
    void theWalkFindsOptionalsNestedUnserializableValuesAndSkipsTransientAndInjectedFields() {
        Walker walker = new Walker();
        walker.walkRoot(BrokenView.class, "BrokenView");
        assertEquals(
                List.of(
                        "BrokenView -> BrokenView.maybe: Optional is not Serializable",
                        "BrokenView -> BrokenView.values<Map<String, Holder>><Holder>: " + Holder.class.getName()
                                + " does not implement Serializable",
                        "BrokenView -> BrokenView.values<Map<String, Holder>><Holder> -> Holder.thread: "
                                + "java.lang.Thread is not Serializable"),
                List.copyOf(walker.problems.values()));
    }

    @SuppressWarnings("unused")
    static class BrokenView implements Serializable {
        private static final long serialVersionUID = 1L;

        @jakarta.inject.Inject
        Thread injected;

        private transient Thread transientHelper;
        private Optional<String> maybe;
        private List<Map<String, Holder>> values;
        private Holder[] sameHolderAgain;
        private java.time.LocalDate date;
        private String text;
        private int count;
    }

    @SuppressWarnings("unused")
    static class Holder {
        private Thread thread;
    }

    private static List<Class<?>> sessionBeans() {
        return portalClasses.stream()
                .filter(c -> SESSION_SCOPES.stream().anyMatch(scope -> has(c, scope)))
                .toList();
    }

    private static boolean has(Class<?> type, String annotation) {
        for (Annotation a : type.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean injected(Field field) {
        for (Annotation a : field.getDeclaredAnnotations()) {
            if (INJECTION.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean portal(Class<?> type) {
        return type.getName().startsWith(ROOT_PACKAGE + ".");
    }

    /** Walks declared types, collecting one message per offending class or field. */
    private static final class Walker {

        private final Map<String, String> problems = new LinkedHashMap<>();
        private final Set<Class<?>> visited = new HashSet<>();
        private Class<?> root;

        /** Starts the walk at a bean or entity. */
        void walkRoot(Class<?> root, String path) {
            this.root = root;
            walk(root, path);
        }

        void walk(Type type, String path) {
            if (type instanceof Class<?> c) {
                walkClass(c, path);
            } else if (type instanceof ParameterizedType p) {
                walkClass((Class<?>) p.getRawType(), path);
                for (Type argument : p.getActualTypeArguments()) {
                    walk(argument, path + "<" + simpleName(argument) + ">");
                }
            } else if (type instanceof GenericArrayType a) {
                walk(a.getGenericComponentType(), path + "[]");
            } else if (type instanceof WildcardType w) {
                for (Type bound : w.getUpperBounds()) {
                    walk(bound, path);
                }
            } else if (type instanceof TypeVariable<?> v) {
                // Unbounded variables are checked where the variable is bound (the use site).
                for (Type bound : v.getBounds()) {
                    if (bound != Object.class) {
                        walk(bound, path);
                    }
                }
            }
        }

        private void walkClass(Class<?> type, String path) {
            if (type.isPrimitive()) {
                return;
            }
            if (type.isArray()) {
                walk(type.getComponentType(), path + "[]");
                return;
            }
            if (type == java.util.Optional.class
                    || type == java.util.OptionalInt.class
                    || type == java.util.OptionalLong.class
                    || type == java.util.OptionalDouble.class) {
                problem(path, path + ": " + type.getSimpleName() + " is not Serializable");
                return;
            }
            if (portal(type)) {
                walkPortalClass(type, path);
                return;
            }
            if (SERIALIZABLE_CONTAINERS.contains(type)) {
                return; // the elements are checked through the type arguments
            }
            if (type == Object.class || !Serializable.class.isAssignableFrom(type)) {
                problem(path, path + ": " + type.getName() + " is not Serializable");
            }
            // Library types (JDK, PrimeFaces) that are Serializable are trusted as a whole, but the
            // portal's own subclasses of them (a LazyDataModel, anonymous or not) are walked.
            if (!type.getName().startsWith("java.") && !Modifier.isFinal(type.getModifiers())) {
                for (Class<?> sub : portalClasses) {
                    if (type.isAssignableFrom(sub) && !sub.isInterface() && sameTopLevel(sub, root)) {
                        walkPortalClass(
                                sub,
                                path + " (as "
                                        + sub.getName()
                                                .substring(sub.getPackageName().length() + 1) + ")");
                    }
                }
            }
        }

        private void walkPortalClass(Class<?> type, String path) {
            if (!visited.add(type)) {
                return;
            }
            if (!type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
                problem(path, path + ": " + type.getName() + " does not implement Serializable");
            }
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                // What is really held is one of its implementations.
                for (Class<?> sub : portalClasses) {
                    if (sub != type && type.isAssignableFrom(sub) && !sub.isInterface()) {
                        walkPortalClass(sub, path + " (as " + sub.getSimpleName() + ")");
                    }
                }
            }
            if (type.isInterface() || type.isEnum()) {
                return;
            }
            Type superType = type.getGenericSuperclass();
            if (superType != null && superType != Object.class && superType != Record.class) {
                String superPath = path + " (extends " + simpleName(superType) + ")";
                Class<?> raw =
                        superType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) superType;
                if (portal(raw)) {
                    walkPortalClass(raw, superPath);
                }
                // A library superclass's own state is its business; what we bind it to is ours.
                if (superType instanceof ParameterizedType p) {
                    for (Type argument : p.getActualTypeArguments()) {
                        walk(argument, superPath + "<" + simpleName(argument) + ">");
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (injected(field)) {
                    continue;
                }
                walk(field.getGenericType(), path + " -> " + type.getSimpleName() + "." + field.getName());
            }
        }

        /** A library-typed field holds the bean's own subclass of it (anonymous, inner) or a top-level one. */
        private static boolean sameTopLevel(Class<?> sub, Class<?> root) {
            return sub.getEnclosingClass() == null && !sub.isAnonymousClass() || topLevel(sub) == topLevel(root);
        }

        private static Class<?> topLevel(Class<?> c) {
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            return top;
        }

        private void problem(String key, String message) {
            problems.putIfAbsent(key, message);
        }

        private static String simpleName(Type type) {
            return type instanceof Class<?> c
                    ? c.getSimpleName()
                    : type.getTypeName().replaceAll("[a-z0-9_]+\\.", "").replaceAll("[A-Za-z0-9_]+\\$", "");
        }
    }
}
