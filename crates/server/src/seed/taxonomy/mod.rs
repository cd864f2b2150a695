//! The category tree and the words products are built from.
//!
//! Compact `|`-separated text keeps the data readable:
//! - adjectives: `English|ru masculine|ru feminine|ru neuter|ru plural`
//! - nouns: `English|russian|g` where g is the Russian gender/number (`m`, `f`, `n`, `p`),
//!   optionally `|shape` when the product is drawn unlike its subcategory (a skirt among trousers)
//! - features, materials, sub names: `English|russian`

mod electronics;
mod everyday;
mod fashion;
mod home;
mod leisure;

/// How a product's variants are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opts {
    /// Colour × clothing size.
    Apparel,
    /// Colour × EU shoe size.
    Shoes,
    /// Colour × storage capacity.
    Storage,
    /// Colour only.
    Color,
    /// Colour × cable/strip length.
    Length,
    /// Colour × plug standard.
    Plug,
    /// Weight of a food pack.
    Weight,
    /// Pieces per lot.
    Pack,
    /// Colour × ring size.
    RingSize,
    /// Colour × child's age.
    Age,
    /// Hair length in inches.
    HairLength,
    /// Colour × pet size.
    PetSize,
    /// Bottle volume.
    Volume,
}

pub struct Sub {
    pub slug: &'static str,
    /// Icon symbol id and the image silhouette.
    pub shape: &'static str,
    pub name: &'static str,
    pub opts: Opts,
    pub nouns: &'static [&'static str],
    pub feats: &'static [&'static str],
    /// Overrides the top category's adjectives when not empty.
    pub adjs: &'static [&'static str],
}

impl Sub {
    /// The image silhouette of the sub's noun `noun` (its own shape, else the sub's).
    pub fn shape_of(&self, noun: usize) -> &'static str {
        self.nouns
            .get(noun)
            .and_then(|n| n.split('|').nth(3))
            .unwrap_or(self.shape)
    }
}

#[derive(Clone, Copy)]
pub struct Top {
    pub slug: &'static str,
    pub icon: &'static str,
    /// en, ru, es, pt-BR, de, ar.
    pub names: [&'static str; 6],
    pub adjs: &'static [&'static str],
    pub materials: &'static [&'static str],
    pub brands: &'static [&'static str],
    /// One-piece price range in USD cents.
    pub price: (i64, i64),
    /// Background tint of product images.
    pub tint: &'static str,
    pub subs: &'static [Sub],
}

const fn s(
    slug: &'static str,
    shape: &'static str,
    name: &'static str,
    opts: Opts,
    nouns: &'static [&'static str],
    feats: &'static [&'static str],
    adjs: &'static [&'static str],
) -> Sub {
    Sub {
        slug,
        shape,
        name,
        opts,
        nouns,
        feats,
        adjs,
    }
}

const MODERN: &str = "Modern|Современный|Современная|Современное|Современные";
const NORDIC: &str = "Nordic|Скандинавский|Скандинавская|Скандинавское|Скандинавские";
const DURABLE: &str = "Durable|Прочный|Прочная|Прочное|Прочные";
const PORTABLE: &str = "Portable|Портативный|Портативная|Портативное|Портативные";
const COMPACT: &str = "Compact|Компактный|Компактная|Компактное|Компактные";
const PRO: &str =
    "Professional|Профессиональный|Профессиональная|Профессиональное|Профессиональные";
const ELEGANT: &str = "Elegant|Элегантный|Элегантная|Элегантное|Элегантные";
const CASUAL: &str = "Casual|Повседневный|Повседневная|Повседневное|Повседневные";
const VINTAGE: &str = "Vintage|Винтажный|Винтажная|Винтажное|Винтажные";
const WIRELESS: &str = "Wireless|Беспроводной|Беспроводная|Беспроводное|Беспроводные";
const SMART: &str = "Smart|Умный|Умная|Умное|Умные";
const SOFT: &str = "Soft|Мягкий|Мягкая|Мягкое|Мягкие";
const CUTE: &str = "Cute|Милый|Милая|Милое|Милые";
const UNIVERSAL: &str = "Universal|Универсальный|Универсальная|Универсальное|Универсальные";
const LIGHT: &str = "Lightweight|Лёгкий|Лёгкая|Лёгкое|Лёгкие";
const WATERPROOF: &str =
    "Waterproof|Водонепроницаемый|Водонепроницаемая|Водонепроницаемое|Водонепроницаемые";
const COLOURFUL: &str = "Colourful|Яркий|Яркая|Яркое|Яркие";
const MINIMAL: &str = "Minimalist|Минималистичный|Минималистичная|Минималистичное|Минималистичные";
const COMFY: &str = "Comfortable|Удобный|Удобная|Удобное|Удобные";
const NATURAL: &str = "Natural|Натуральный|Натуральная|Натуральное|Натуральные";
const NEW: &str = "New|Новый|Новая|Новое|Новые";
const CLASSIC: &str = "Classic|Классический|Классическая|Классическое|Классические";
const DECOR: &str = "Decorative|Декоративный|Декоративная|Декоративное|Декоративные";
const SAVING: &str =
    "Energy-Saving|Энергосберегающий|Энергосберегающая|Энергосберегающее|Энергосберегающие";

const COTTON: &str = "Cotton|Хлопок";
const POLYESTER: &str = "Polyester|Полиэстер";
const PLASTIC: &str = "Plastic|Пластик";
const ABS: &str = "ABS plastic|ABS-пластик";
const ALU: &str = "Aluminium alloy|Алюминиевый сплав";
const STEEL: &str = "Stainless steel|Нержавеющая сталь";
const SILICONE: &str = "Silicone|Силикон";
const WOOD: &str = "Wood|Дерево";
const GLASS: &str = "Glass|Стекло";
const NYLON: &str = "Nylon|Нейлон";
const METAL: &str = "Metal|Металл";

/// The top categories in id order (ids `1..=26`).
pub static TOPS: [Top; 26] = [
    fashion::FASHION[0],
    fashion::FASHION[1],
    electronics::ELECTRONICS[0],
    electronics::ELECTRONICS[1],
    electronics::ELECTRONICS[2],
    fashion::FASHION[2],
    home::HOME[0],
    fashion::FASHION[3],
    leisure::LEISURE[0],
    leisure::LEISURE[1],
    everyday::EVERYDAY[0],
    everyday::EVERYDAY[1],
    home::HOME[1],
    leisure::LEISURE[2],
    home::HOME[2],
    home::HOME[3],
    home::HOME[4],
    electronics::ELECTRONICS[3],
    everyday::EVERYDAY[2],
    leisure::LEISURE[3],
    everyday::EVERYDAY[3],
    leisure::LEISURE[4],
    fashion::FASHION[4],
    fashion::FASHION[5],
    leisure::LEISURE[5],
    electronics::ELECTRONICS[4],
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slugs_are_unique_and_words_well_formed() {
        let mut slugs = HashSet::new();
        for top in &TOPS {
            assert!(slugs.insert(top.slug), "{}", top.slug);
            assert!((3..=6).contains(&top.subs.len()), "{}", top.slug);
            for a in top.adjs {
                assert_eq!(a.split('|').count(), 5, "{a}");
            }
            for m in top.materials {
                assert_eq!(m.split('|').count(), 2, "{m}");
            }
            for sub in top.subs {
                assert!(slugs.insert(sub.slug), "{}", sub.slug);
                assert_eq!(sub.name.split('|').count(), 2, "{}", sub.name);
                for a in sub.adjs {
                    assert_eq!(a.split('|').count(), 5, "{a}");
                }
                for n in sub.nouns {
                    let parts: Vec<&str> = n.split('|').collect();
                    assert!((3..=4).contains(&parts.len()), "{n}");
                    assert!(["m", "f", "n", "p"].contains(&parts[2]), "{n}");
                }
                for f in sub.feats {
                    assert_eq!(f.split('|').count(), 2, "{f}");
                }
            }
        }
    }
}
