package dev.typeheat.measure;

import dev.typeheat.types.Ty;
import dev.typeheat.types.TyKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The generic arguments that instantiate a function symbol: {@code <Foo<T> as Tr>::m::<U>} is made by
 * {@code Foo<T>} and {@code U}. An inherent impl's plain self type ({@code <RawTableInner>::find}) is no
 * instantiation argument.
 */
public final class FunctionArguments {
    private FunctionArguments() {
    }

    public static List<Ty> of(Ty symbol) {
        List<Ty> out = new ArrayList<>();
        ArrayDeque<Ty> stack = new ArrayDeque<>(List.of(symbol));
        while (!stack.isEmpty()) {
            Ty t = stack.pop();
            if (t.kind() == TyKind.PATH) {
                if (t.base() != null) {
                    stack.push(t.base());
                }
                out.addAll(t.genericArgs());
            } else if (t.kind() == TyKind.QUALIFIED && t.childCount() > 0) {
                Ty self = t.child(0);
                if (!(self.kind() == TyKind.PATH && self.genericArgs().isEmpty() && t.childCount() == 1)) {
                    out.add(self);
                }
            }
        }
        return out;
    }
}
