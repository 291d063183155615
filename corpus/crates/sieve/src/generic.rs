//! What filters extract: tuples, joined by `and` through heterogeneous lists (`Product<H, T>`), and
//! `Either` for the two sides of an `or`. Joining two tuples is trait work (`Tuple` -> `HList`,
//! `Combine`, back to `Tuple`), which is what makes long `and` chains expensive to type-check.

use crate::reject::Rejection;

/// A non-empty heterogeneous list: head `H`, tail `T`.
#[derive(Debug)]
pub struct Product<H, T: HList>(pub H, pub T);

/// A tuple of one, what most filters extract.
pub type One<T> = (T,);

pub(crate) fn one<T>(value: T) -> One<T> {
    (value,)
}

/// What an `or` extracts: the first filter's extract or the second's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Either<A, B> {
    A(A),
    B(B),
}

/// A list that flattens back into a tuple.
pub trait HList: Sized {
    type Tuple: Tuple<HList = Self>;
    fn flatten(self) -> Self::Tuple;
}

/// A tuple that turns into a list, so two of them can be joined.
pub trait Tuple: Sized {
    type HList: HList<Tuple = Self>;
    fn hlist(self) -> Self::HList;

    fn combine<U>(self, other: U) -> CombinedTuples<Self, U>
    where
        U: Tuple,
        Self::HList: Combine<U::HList>,
    {
        self.hlist().combine(other.hlist()).flatten()
    }
}

/// The tuple of `T`'s elements followed by `U`'s.
pub type CombinedTuples<T, U> =
    <<<T as Tuple>::HList as Combine<<U as Tuple>::HList>>::Output as HList>::Tuple;

/// Appends list `T` to this one.
pub trait Combine<T: HList> {
    type Output: HList;
    fn combine(self, other: T) -> Self::Output;
}

impl<T: HList> Combine<T> for () {
    type Output = T;
    fn combine(self, other: T) -> T {
        other
    }
}

impl<H, T: HList, U: HList> Combine<U> for Product<H, T>
where
    T: Combine<U>,
    Product<H, <T as Combine<U>>::Output>: HList,
{
    type Output = Product<H, <T as Combine<U>>::Output>;
    fn combine(self, other: U) -> Self::Output {
        Product(self.0, self.1.combine(other))
    }
}

impl HList for () {
    type Tuple = ();
    fn flatten(self) {}
}

impl Tuple for () {
    type HList = ();
    fn hlist(self) {}
}

/// A callable taking a tuple's elements as separate arguments (`|id, ctx| ..` for `(u32, Ctx)`).
pub trait Func<Args> {
    type Output;
    fn call(&self, args: Args) -> Self::Output;
}

impl<F, R> Func<()> for F
where
    F: Fn() -> R,
{
    type Output = R;
    fn call(&self, _: ()) -> R {
        self()
    }
}

impl<F, R> Func<Rejection> for F
where
    F: Fn(Rejection) -> R,
{
    type Output = R;
    fn call(&self, rejection: Rejection) -> R {
        self(rejection)
    }
}

macro_rules! list_type {
    ($head:ident) => { Product<$head, ()> };
    ($head:ident, $($tail:ident),+) => { Product<$head, list_type!($($tail),+)> };
}

macro_rules! list_value {
    ($head:ident) => { Product($head, ()) };
    ($head:ident, $($tail:ident),+) => { Product($head, list_value!($($tail),+)) };
}

// Tuples of 1 to 10 elements: list conversions both ways and calls with spread arguments.
macro_rules! tuple_impls {
    ($($name:ident),+) => {
        impl<$($name),+> HList for list_type!($($name),+) {
            type Tuple = ($($name,)+);
            #[allow(non_snake_case)]
            fn flatten(self) -> Self::Tuple {
                let list_value!($($name),+) = self;
                ($($name,)+)
            }
        }

        impl<$($name),+> Tuple for ($($name,)+) {
            type HList = list_type!($($name),+);
            #[allow(non_snake_case)]
            fn hlist(self) -> Self::HList {
                let ($($name,)+) = self;
                list_value!($($name),+)
            }
        }

        impl<Fun, Out, $($name),+> Func<($($name,)+)> for Fun
        where
            Fun: Fn($($name),+) -> Out,
        {
            type Output = Out;
            #[allow(non_snake_case)]
            fn call(&self, args: ($($name,)+)) -> Out {
                let ($($name,)+) = args;
                self($($name),+)
            }
        }
    };
}

tuple_impls!(A);
tuple_impls!(A, B);
tuple_impls!(A, B, C);
tuple_impls!(A, B, C, D);
tuple_impls!(A, B, C, D, E);
tuple_impls!(A, B, C, D, E, G);
tuple_impls!(A, B, C, D, E, G, H);
tuple_impls!(A, B, C, D, E, G, H, I);
tuple_impls!(A, B, C, D, E, G, H, I, J);
tuple_impls!(A, B, C, D, E, G, H, I, J, K);
