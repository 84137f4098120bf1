//! [`BigUint`]: the whole code as one number, with just the arithmetic codes need.

/// An unsigned integer of any size, with just what codes need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigUint {
    /// Little-endian 32-bit limbs.
    pub limbs: Vec<u32>,
}

impl BigUint {
    pub fn zero() -> Self {
        BigUint { limbs: Vec::new() }
    }

    pub fn one() -> Self {
        BigUint { limbs: vec![1] }
    }

    pub fn is_zero(&self) -> bool {
        self.limbs.iter().all(|&limb| limb == 0)
    }

    /// self = self · mul + add
    pub fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.limbs {
            let value = u64::from(*limb) * u64::from(mul) + carry;
            *limb = value as u32;
            carry = value >> 32;
        }
        if carry > 0 {
            self.limbs.push(carry as u32);
        }
    }

    /// self = self / divisor, returning the remainder. `divisor` must not be zero.
    pub fn div_rem(&mut self, divisor: u32) -> u32 {
        let mut remainder = 0u64;
        for limb in self.limbs.iter_mut().rev() {
            let value = (remainder << 32) | u64::from(*limb);
            *limb = (value / u64::from(divisor)) as u32;
            remainder = value % u64::from(divisor);
        }
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
        remainder as u32
    }

    pub fn bit_length(&self) -> usize {
        match self.limbs.iter().rposition(|&limb| limb != 0) {
            Some(top) => top * 32 + (32 - self.limbs[top].leading_zeros() as usize),
            None => 0,
        }
    }
}
