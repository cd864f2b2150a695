//! Turns a product's stored details into the localised [`ProductDetail`] parts.

use crate::lang::Lang;
use crate::seed::gen::Details;
use crate::seed::lexicon;
use crate::seed::taxonomy::{Sub, Top};
use crate::vocabulary::{
    self as words, ATTRIBUTE_NAMES, CARRIERS, COLORS, OPTION_NAMES, ORIGINS, SHIP_TO,
};
use storefront_api::{Attribute, Money, PriceTier, ShippingOption, Sku, VariantOption};

/// URL of photo `n` of a review (generated like product images).
pub fn review_image_url(review_id: i64, n: i64) -> String {
    format!("/api/v1/images/reviews/{review_id}/{n}.svg")
}

pub fn image_url(product_id: i64, n: i64) -> String {
    format!("/api/v1/images/products/{product_id}/{n}.svg")
}

fn part(s: &str, i: usize) -> &str {
    s.split('|').nth(i).unwrap_or(s)
}

/// `en|ru` taxonomy text in the language: Russian from the text, es/pt-BR/de/ar from the
/// lexicon, English otherwise.
fn pair(s: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => part(s, 0),
        Lang::Ru => part(s, 1),
        _ => lexicon::phrase(part(s, 0), lang).unwrap_or_else(|| part(s, 0)),
    }
}

/// The description sentences in en, ru, es, pt-BR, de, ar (`|`-separated, [`Lang`] order).
const SENTENCES: [&str; 9] = [
    "",
    "Every item is checked before shipping and packed in protective film.|Каждый товар проверяется перед отправкой и упаковывается в защитную плёнку.|Cada artículo se revisa antes del envío y se embala con film protector.|Cada item é conferido antes do envio e embalado em filme protetor.|Jeder Artikel wird vor dem Versand geprüft und in Schutzfolie verpackt.|يُفحص كل منتج قبل الشحن ويُغلّف بغشاء واقٍ.",
    "Made with attention to detail: neat seams, no smell, no sharp edges.|Сделано с вниманием к деталям: аккуратные швы, без запаха, без острых краёв.|Fabricado con atención al detalle: costuras limpias, sin olor y sin bordes afilados.|Feito com atenção aos detalhes: costuras caprichadas, sem cheiro e sem bordas afiadas.|Mit Liebe zum Detail gefertigt: saubere Nähte, kein Geruch, keine scharfen Kanten.|صُنع بعناية بالتفاصيل: خياطة متقنة، بلا رائحة، وبلا حواف حادة.",
    "Designed for everyday use and built to last.|Создано для ежедневного использования и прослужит долго.|Diseñado para el uso diario y hecho para durar.|Projetado para o uso diário e feito para durar.|Für den täglichen Gebrauch gemacht und langlebig gebaut.|مصمم للاستخدام اليومي ومصنوع ليدوم طويلًا.",
    "Colours may look slightly different depending on your screen.|Цвет может немного отличаться в зависимости от настроек экрана.|Los colores pueden variar ligeramente según tu pantalla.|As cores podem variar um pouco conforme a sua tela.|Die Farben können je nach Bildschirm leicht abweichen.|قد تختلف الألوان قليلًا حسب شاشتك.",
    "Wholesale prices from 10 pieces — see the price tiers.|Оптовые цены от 10 штук — смотрите таблицу скидок.|Precios al por mayor desde 10 unidades: consulta los tramos de precio.|Preços de atacado a partir de 10 unidades — veja as faixas de preço.|Großhandelspreise ab 10 Stück – siehe Preisstaffel.|أسعار الجملة تبدأ من 10 قطع — راجع شرائح الأسعار.",
    "Please allow a small difference due to manual measurement.|Возможна небольшая погрешность из-за ручных измерений.|Puede haber una pequeña diferencia por la medición manual.|Pode haver uma pequena diferença devido à medição manual.|Durch manuelles Messen sind kleine Abweichungen möglich.|قد يوجد فرق بسيط بسبب القياس اليدوي.",
    "If something is wrong with your order, message us before opening a dispute — we will resend it or refund you.|Если с заказом что-то не так, напишите нам до открытия спора — отправим замену или вернём деньги.|Si algo no va bien con tu pedido, escríbenos antes de abrir una disputa: te lo reenviaremos o te devolveremos el dinero.|Se houver algum problema com o seu pedido, fale com a gente antes de abrir uma disputa — reenviamos ou devolvemos o seu dinheiro.|Wenn mit Ihrer Bestellung etwas nicht stimmt, schreiben Sie uns, bevor Sie einen Streitfall eröffnen – wir senden erneut oder erstatten den Betrag.|إذا كانت هناك مشكلة في طلبك، راسلنا قبل فتح نزاع — سنعيد الإرسال أو نرد لك المبلغ.",
    "Ships within 48 hours; the tracking number appears in your order.|Отправка в течение 48 часов; трек-номер появится в заказе.|Se envía en 48 horas; el número de seguimiento aparecerá en tu pedido.|Enviado em até 48 horas; o código de rastreio aparece no seu pedido.|Versand innerhalb von 48 Stunden; die Sendungsnummer erscheint in Ihrer Bestellung.|يُشحن خلال 48 ساعة؛ ويظهر رقم التتبع في طلبك.",
];

/// Lowercases a leading capital unless the word is an acronym ("Cotton" → "cotton", "ABS" stays).
fn lower_word(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_string(),
    }
}

/// "with Noise Cancelling" → "Comes with Noise Cancelling."; "for Beginners" → "Made for Beginners."
fn feature_sentence(feature: &str) -> String {
    let lead = feature.split(' ').next().unwrap_or("");
    match lead {
        "with" | "without" | "in" | "from" => format!("Comes {feature}."),
        "for" => format!("Made {feature}."),
        "of" => format!("Set {feature}."),
        _ => format!("Features: {feature}."),
    }
}

/// The first sentences in es, pt-BR, de and ar: name and brand, material, feature.
fn lexicon_lead(
    noun_en: &str,
    brand: &str,
    material: Option<&str>,
    feat: Option<&str>,
    lang: Lang,
) -> Vec<String> {
    let (name, _) = lexicon::noun(noun_en, lang);
    let material = material.map(|m| {
        let m = lexicon::phrase(m, lang).unwrap_or(m);
        // German nouns keep their capital.
        if lang == Lang::De {
            m.to_string()
        } else {
            lower_word(m)
        }
    });
    let feat = feat.map(|f| lexicon::phrase(f, lang).unwrap_or(f));
    let (by, made_of, feature) = match lang {
        Lang::Es => (format!("{name} de {brand}."), "Material", "Característica"),
        Lang::PtBr => (format!("{name} da marca {brand}."), "Material", "Destaque"),
        Lang::De => (format!("{name} von {brand}."), "Material", "Besonderheit"),
        _ => (format!("{name} من {brand}."), "الخامة", "الميزة"),
    };
    let mut out = vec![match material {
        Some(m) => format!("{by} {made_of}: {m}."),
        None => by,
    }];
    if let Some(f) = feat {
        out.push(format!("{feature}: {f}."));
    }
    out
}

pub fn description(top: &Top, sub: &Sub, d: &Details, lang: Lang) -> String {
    let noun = sub
        .nouns
        .get(d.noun as usize)
        .copied()
        .unwrap_or("Item|товар|m");
    let mut out = Vec::new();
    let material = d.material.and_then(|m| top.materials.get(m as usize));
    let feat = d.feat.and_then(|f| sub.feats.get(f as usize));
    if !matches!(lang, Lang::En | Lang::Ru) {
        out = lexicon_lead(
            part(noun, 0),
            &d.brand,
            material.map(|m| part(m, 0)),
            feat.map(|f| part(f, 0)),
            lang,
        );
    } else {
        out.push(if lang == Lang::Ru {
            let name = part(noun, 1);
            let mut first = name.chars();
            let name: String = first
                .next()
                .map(|c| c.to_uppercase().chain(first).collect())
                .unwrap_or_default();
            match material {
                Some(m) => format!(
                    "{name} от {}. Материал: {}.",
                    d.brand,
                    lower_word(part(m, 1))
                ),
                None => format!("{name} от {}.", d.brand),
            }
        } else {
            match material {
                Some(m) => format!(
                    "{} by {}, made of {}.",
                    part(noun, 0),
                    d.brand,
                    lower_word(part(m, 0))
                ),
                None => format!("{} by {}.", part(noun, 0), d.brand),
            }
        });
        if let Some(f) = feat {
            out.push(if lang == Lang::Ru {
                format!("Особенность: {}.", part(f, 1))
            } else {
                feature_sentence(part(f, 0))
            });
        }
    }
    for &i in &d.desc {
        if let Some(s) = SENTENCES.get(i as usize).filter(|s| !s.is_empty()) {
            out.push(part(s, lang.index()).to_string());
        }
    }
    out.join(" ")
}

pub fn attributes(top: &Top, d: &Details, lang: Lang) -> Vec<Attribute> {
    let l = lang.index();
    let name = |key| {
        words::lookup6(&ATTRIBUTE_NAMES, key, l)
            .unwrap_or("")
            .to_string()
    };
    let mut out = vec![Attribute {
        name: name("brand"),
        value: d.brand.clone(),
    }];
    if let Some(m) = d.material.and_then(|m| top.materials.get(m as usize)) {
        out.push(Attribute {
            name: name("material"),
            value: pair(m, lang).to_string(),
        });
    }
    out.push(Attribute {
        name: name("model"),
        value: d.model.clone(),
    });
    let origin = words::lookup6(&ORIGINS, &d.origin, l)
        .unwrap_or("")
        .to_string();
    out.push(Attribute {
        name: name("origin"),
        value: origin,
    });
    out
}

/// Localises a second-option value stored in English.
fn option_value(key: &str, raw: &str, lang: Lang) -> String {
    if key == "quantity" {
        return raw
            .parse()
            .map(|n| words::pieces(n, lang.index()))
            .unwrap_or_else(|_| raw.to_string());
    }
    if key == "age" {
        let (range, unit) = raw.split_once(' ').unwrap_or((raw, ""));
        let range = range.replace('-', "–");
        let upper: u32 = range
            .rsplit('–')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let unit = match (lang, unit) {
            (Lang::Ru, "M") => "мес.",
            (Lang::Ru, "Y") if (2..=4).contains(&upper) => "года",
            (Lang::Ru, "Y") => "лет",
            (Lang::Es | Lang::PtBr, "M") => "meses",
            (Lang::Es, _) => "años",
            (Lang::PtBr, _) => "anos",
            (Lang::De, "M") => "Monate",
            (Lang::De, _) => "Jahre",
            (Lang::Ar, "M") => "أشهر",
            (Lang::Ar, _) => "سنوات",
            (_, "M") => "months",
            _ => "years",
        };
        return format!("{range} {unit}");
    }
    if matches!(lang, Lang::Es | Lang::PtBr | Lang::De) {
        // Decimal comma: "0,5 m".
        return match raw.split_once(' ') {
            Some((num, unit)) if num.parse::<f64>().is_ok() => {
                format!("{} {unit}", num.replace('.', ","))
            }
            _ => raw.to_string(),
        };
    }
    if lang != Lang::Ru {
        return raw.to_string();
    }
    let (num, unit) = raw.split_once(' ').unwrap_or((raw, ""));
    let unit = match unit {
        "GB" => "ГБ",
        "TB" => "ТБ",
        "m" => "м",
        "g" => "г",
        "kg" => "кг",
        "ml" => "мл",
        _ => return raw.to_string(),
    };
    format!("{} {unit}", num.replace('.', ","))
}

pub struct Variants {
    pub options: Vec<VariantOption>,
    pub skus: Vec<Sku>,
}

pub fn variants(product_id: i64, colors: &str, d: &Details, images: i64, lang: Lang) -> Variants {
    let l = lang.index();
    let color_names: Vec<String> = colors
        .split(',')
        .filter_map(words::color_index)
        .map(|c| COLORS[c].2[l].to_string())
        .collect();
    let mut options = Vec::new();
    if d.color_opt {
        options.push(VariantOption {
            name: words::lookup6(&OPTION_NAMES, "color", l)
                .unwrap_or("Color")
                .to_string(),
            values: color_names.clone(),
        });
    }
    let second: Vec<String> = match &d.opt2 {
        Some((key, values)) => {
            let values: Vec<String> = values.iter().map(|v| option_value(key, v, lang)).collect();
            options.push(VariantOption {
                name: words::lookup6(&OPTION_NAMES, key, l)
                    .unwrap_or(key)
                    .to_string(),
                values: values.clone(),
            });
            values
        }
        None => Vec::new(),
    };
    let n_second = second.len().max(1);
    let skus = d
        .skus
        .iter()
        .enumerate()
        .map(|(i, [price, stock])| {
            let c = i / n_second;
            let mut values = Vec::new();
            if d.color_opt {
                values.push(color_names.get(c).cloned().unwrap_or_default());
            }
            if let Some(v) = second.get(i % n_second) {
                values.push(v.clone());
            }
            Sku {
                id: product_id * 100 + i as i64,
                values,
                price: Money::usd(*price),
                stock: *stock,
                image_index: if d.color_opt {
                    (c as i64).min(images - 1).max(0) as u32
                } else {
                    0
                },
            }
        })
        .collect();
    Variants { options, skus }
}

pub fn tiers(d: &Details) -> Vec<PriceTier> {
    d.tiers
        .iter()
        .map(|[q, p]| PriceTier {
            min_quantity: *q,
            percent_of_base: (*p).clamp(1, 100) as u8,
        })
        .collect()
}

/// Extra delivery days and cost percentage by destination region.
pub(crate) fn zone(country: &str) -> (u16, i64) {
    match country {
        "RU" | "BY" | "KZ" | "UA" | "KR" | "JP" => (0, 100),
        "ES" | "DE" | "FR" | "GB" | "PL" | "IT" | "NL" | "PT" => (2, 110),
        "SA" | "AE" | "TR" | "IL" => (3, 115),
        _ => (5, 125),
    }
}

pub fn shipping(d: &Details, ships_from: &str) -> Vec<ShippingOption> {
    let mut out = Vec::new();
    for &country in SHIP_TO.iter() {
        if d.no_ship.iter().any(|c| c == country) {
            continue;
        }
        let (extra, pct) = zone(country);
        for &[carrier, cost, dmin, dmax] in &d.ship {
            let Some(&(name, tracking, _, _, _)) = CARRIERS.get(carrier as usize) else {
                continue;
            };
            let (dmin, dmax) = (dmin.clamp(1, 90) as u16, dmax.clamp(1, 120) as u16);
            let (cost, days_min, days_max) = if country == ships_from {
                (cost / 2 / 10 * 10, (dmin / 3).max(1), (dmax / 3).max(3))
            } else {
                (cost * pct / 100 / 10 * 10, dmin + extra, dmax + extra)
            };
            out.push(ShippingOption {
                to_country: country.to_string(),
                carrier: name.to_string(),
                cost: Money::usd(cost),
                days_min,
                days_max,
                tracking,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_words() {
        assert_eq!(lower_word("Cotton"), "cotton");
        assert_eq!(lower_word("ABS plastic"), "ABS plastic");
        assert_eq!(lower_word("PVC"), "PVC");
        assert_eq!(lower_word("Нержавеющая сталь"), "нержавеющая сталь");
        assert_eq!(
            feature_sentence("with Noise Cancelling"),
            "Comes with Noise Cancelling."
        );
        assert_eq!(feature_sentence("for Beginners"), "Made for Beginners.");
        assert_eq!(feature_sentence("E27 9W"), "Features: E27 9W.");
    }

    #[test]
    fn descriptions_in_every_language() {
        let top = &crate::seed::taxonomy::TOPS[0];
        let sub = &top.subs[3];
        let d = Details {
            noun: 1,
            feat: Some(1),
            brand: "ZANZEA".into(),
            material: Some(0),
            model: "AB-123".into(),
            origin: "CN".into(),
            desc: vec![1, 4, 8],
            color_opt: true,
            opt2: None,
            skus: vec![[1000, 5]],
            tiers: Vec::new(),
            ship: Vec::new(),
            no_ship: Vec::new(),
        };
        assert_eq!(
            description(top, sub, &d, Lang::Es)
                .split(". ")
                .take(3)
                .collect::<Vec<_>>(),
            [
                "Falda plisada de ZANZEA",
                "Material: algodón",
                "Característica: con bolsillos laterales"
            ]
        );
        assert!(description(top, sub, &d, Lang::De)
            .starts_with("Plisseerock von ZANZEA. Material: Baumwolle. Besonderheit: mit Seitentaschen. Jeder Artikel"));
        assert!(description(top, sub, &d, Lang::PtBr).ends_with("aparece no seu pedido."));
        assert!(description(top, sub, &d, Lang::Ar).starts_with("تنورة بكسرات من ZANZEA."));
        assert!(description(top, sub, &d, Lang::En)
            .starts_with("Pleated Skirt by ZANZEA, made of cotton."));
        let material = attributes(top, &d, Lang::PtBr);
        assert_eq!(material[1].value, "Algodão");
    }

    #[test]
    fn option_values_are_localised() {
        assert_eq!(option_value("storage", "128 GB", Lang::Ru), "128 ГБ");
        assert_eq!(option_value("length", "0.5 m", Lang::Ru), "0,5 м");
        assert_eq!(option_value("length", "0.5 m", Lang::De), "0,5 m");
        assert_eq!(option_value("length", "0.5 m", Lang::En), "0.5 m");
        assert_eq!(option_value("age", "2-3 Y", Lang::Es), "2–3 años");
        assert_eq!(option_value("plug", "EU", Lang::De), "EU");
        assert_eq!(option_value("quantity", "2", Lang::En), "2 pcs");
        assert_eq!(option_value("quantity", "1", Lang::En), "1 pc");
        assert_eq!(option_value("age", "2-3 Y", Lang::Ru), "2–3 года");
        assert_eq!(option_value("age", "4-5 Y", Lang::Ru), "4–5 лет");
        assert_eq!(option_value("age", "0-6 M", Lang::En), "0–6 months");
    }
}
