// Real OCOP product types of Quảng Ninh, the building blocks of the synthetic catalog: what the
// province certifies (tea, seafood, honey, rice wine, herbs, pottery, brocade, flowers, village
// tours…), each with its group, sub-group, option, typical pack sizes and retail prices in đồng.

import type { GroupSlug, SubGroupSlug } from "@ocop/core"
import type { LocalizedText } from "./catalog/types"

export type VariantTemplate = { value: LocalizedText; price: number; weight?: number }

export type ProductType<G extends GroupSlug = GroupSlug> = {
  key: string
  vi: string
  en: string
  group: G
  sub_group: SubGroupSlug<G>
  option: LocalizedText
  variants: VariantTemplate[]
  /** One sentence on what it is, in each language. */
  about_vi: string
  about_en: string
  tags: string[]
}

type AnyProductType = { [G in GroupSlug]: ProductType<G> }[GroupSlug]

const W = { vi: "Khối lượng", en: "Weight" }
const V = { vi: "Dung tích", en: "Volume" }
const P = { vi: "Quy cách", en: "Pack" }
const I = { vi: "Mẫu", en: "Item" }
const T = { vi: "Loại vé", en: "Ticket" }
const S = { vi: "Cỡ cây", en: "Plant size" }

const g = (n: number, price: number): VariantTemplate => ({ value: { vi: `${n} g`, en: `${n} g` }, price, weight: n })
const kg = (n: number, price: number): VariantTemplate => ({
  value: { vi: `${String(n).replace(".", ",")} kg`, en: `${n} kg` },
  price,
  weight: n * 1000,
})
const ml = (n: number, price: number): VariantTemplate => ({
  value: { vi: `Chai ${n} ml`, en: `${n} ml bottle` },
  price,
  weight: Math.round(n * 1.4 + 150),
})
const item = (vi: string, en: string, price: number, weight?: number): VariantTemplate =>
  weight === undefined ? { value: { vi, en }, price } : { value: { vi, en }, price, weight }
const adult = (price: number) => item("Người lớn", "Adult", price)
const child = (price: number) => item("Trẻ em (6–12 tuổi)", "Child (6–12)", price)

export const PRODUCT_TYPES: readonly AnyProductType[] = [
  // ---- food: tea
  { key: "tra-hoa-vang", vi: "Trà hoa vàng", en: "golden camellia tea", group: "food", sub_group: "tea", option: W, variants: [g(50, 700_000), g(100, 1_400_000)], about_vi: "Bông trà hoa vàng sấy khô nguyên bông, nước vàng sáng, hậu ngọt.", about_en: "Whole dried golden camellia flowers, brewing a bright yellow tea with a sweet finish.", tags: ["trà hoa vàng", "quà biếu"] },
  { key: "che-xanh", vi: "Chè xanh", en: "green tea", group: "food", sub_group: "tea", option: W, variants: [g(200, 90_000), g(500, 210_000)], about_vi: "Chè búp sao khô thủ công, nước xanh, vị chát dịu.", about_en: "Hand-fired green tea buds with a green liquor and gentle astringency.", tags: ["chè"] },
  { key: "tra-hoa-vang-tui-loc", vi: "Trà hoa vàng túi lọc", en: "golden camellia tea bags", group: "food", sub_group: "tea", option: P, variants: [item("Hộp 20 túi", "Box of 20 bags", 180_000, 80), item("Hộp 50 túi", "Box of 50 bags", 420_000, 180)], about_vi: "Lá và hoa trà hoa vàng sấy, đóng túi lọc tiện pha.", about_en: "Dried golden camellia leaves and flowers in easy tea bags.", tags: ["trà hoa vàng"] },
  // ---- food: fresh
  { key: "trung-vit-bien", vi: "Trứng vịt biển", en: "sea-duck eggs", group: "food", sub_group: "fresh", option: P, variants: [item("Hộp 10 quả", "Box of 10", 55_000, 750), item("Hộp 30 quả", "Box of 30", 155_000, 2_200)], about_vi: "Trứng vịt thả ven rừng ngập mặn, lòng đỏ to màu cam.", about_en: "Eggs of ducks raised along the mangroves, with large orange yolks.", tags: ["trứng vịt"] },
  { key: "ga-doi", vi: "Gà đồi", en: "free-range hill chicken", group: "food", sub_group: "fresh", option: W, variants: [item("Nguyên con khoảng 1,5 kg", "Whole bird, about 1.5 kg", 320_000, 1_500), item("Nguyên con khoảng 2 kg", "Whole bird, about 2 kg", 430_000, 2_000)], about_vi: "Gà thả đồi, thịt chắc, giao nguyên con đã làm sạch.", about_en: "Chicken raised free on the hills, firm meat, delivered whole and cleaned.", tags: ["gà"] },
  { key: "nam-kim-cham", vi: "Nấm kim châm", en: "enoki mushrooms", group: "food", sub_group: "fresh", option: W, variants: [g(200, 18_000), g(500, 40_000)], about_vi: "Nấm trồng trong nhà lạnh, thu hái và đóng gói trong ngày.", about_en: "Mushrooms grown in cool rooms, picked and packed on the same day.", tags: ["nấm"] },
  { key: "nam-dui-ga", vi: "Nấm đùi gà", en: "king oyster mushrooms", group: "food", sub_group: "fresh", option: W, variants: [g(300, 35_000), kg(1, 95_000)], about_vi: "Nấm thân chắc, ngọt, hợp nướng và xào.", about_en: "Firm, sweet mushrooms, good grilled or stir-fried.", tags: ["nấm"] },
  { key: "thit-lon-ban", vi: "Thịt lợn bản", en: "native pork", group: "food", sub_group: "fresh", option: { vi: "Phần thịt", en: "Cut" }, variants: [item("Ba chỉ 1 kg", "Pork belly, 1 kg", 180_000, 1_000), item("Nạc vai 1 kg", "Shoulder, 1 kg", 165_000, 1_000)], about_vi: "Lợn giống địa phương nuôi thả, thịt thơm, giao lạnh.", about_en: "Local breed pigs raised free, fragrant meat, delivered chilled.", tags: ["thịt lợn"] },
  { key: "hau-sua", vi: "Hàu sữa", en: "milk oysters", group: "food", sub_group: "fresh", option: W, variants: [kg(2, 120_000), kg(5, 280_000)], about_vi: "Hàu nuôi giàn trên vùng nước sạch, giao sống trong ngày.", about_en: "Rack-farmed oysters from clean waters, delivered live on the day.", tags: ["hàu", "hải sản"] },
  // ---- food: raw or pre-processed
  { key: "mat-ong-rung", vi: "Mật ong rừng", en: "forest honey", group: "food", sub_group: "raw-preprocessed", option: V, variants: [ml(500, 250_000), item("Chai 1 lít", "1 litre bottle", 480_000, 1_450)], about_vi: "Mật ong lấy từ hoa rừng, sánh và thơm.", about_en: "Honey from forest flowers, thick and fragrant.", tags: ["mật ong"] },
  { key: "gao-nep-cai-hoa-vang", vi: "Gạo nếp cái hoa vàng", en: "yellow-flower sticky rice", group: "food", sub_group: "raw-preprocessed", option: W, variants: [kg(2, 90_000), kg(5, 215_000)], about_vi: "Hạt nếp tròn, dẻo thơm, dùng đồ xôi và gói bánh.", about_en: "Round, fragrant sticky rice for xôi and rice cakes.", tags: ["gạo nếp"] },
  { key: "muc-kho", vi: "Mực khô", en: "dried squid", group: "food", sub_group: "raw-preprocessed", option: W, variants: [g(500, 930_000), kg(1, 1_850_000)], about_vi: "Mực câu phơi nắng tự nhiên, thịt dày, ngọt.", about_en: "Line-caught squid dried in the sun: thick, sweet flesh.", tags: ["mực khô", "hải sản"] },
  { key: "tom-kho", vi: "Tôm khô", en: "dried shrimp", group: "food", sub_group: "raw-preprocessed", option: W, variants: [g(250, 280_000), g(500, 540_000)], about_vi: "Tôm biển luộc, phơi khô và bóc vỏ.", about_en: "Sea shrimp boiled, sun-dried and peeled.", tags: ["tôm khô", "hải sản"] },
  { key: "sa-sung-kho", vi: "Sá sùng khô", en: "dried peanut worms", group: "food", sub_group: "raw-preprocessed", option: W, variants: [g(100, 550_000), g(250, 1_350_000)], about_vi: "Sá sùng bãi triều làm sạch, sấy khô, nướng thơm hoặc ninh nước dùng.", about_en: "Tidal-flat peanut worms, cleaned and dried, for toasting or broths.", tags: ["sá sùng", "hải sản"] },
  { key: "mang-kho", vi: "Măng khô", en: "dried bamboo shoots", group: "food", sub_group: "raw-preprocessed", option: W, variants: [g(500, 150_000), kg(1, 290_000)], about_vi: "Măng rừng luộc và phơi khô tự nhiên.", about_en: "Forest bamboo shoots, boiled and dried in the open air.", tags: ["măng khô"] },
  { key: "ca-kho", vi: "Cá khô", en: "dried fish", group: "food", sub_group: "raw-preprocessed", option: W, variants: [g(500, 160_000), kg(1, 310_000)], about_vi: "Cá biển tẩm nhẹ, phơi khô, nướng hoặc chiên giòn.", about_en: "Lightly seasoned sea fish, dried, to grill or fry crisp.", tags: ["cá khô", "hải sản"] },
  // ---- food: processed
  { key: "cha-muc", vi: "Chả mực", en: "squid cakes", group: "food", sub_group: "processed", option: W, variants: [g(500, 210_000), kg(1, 400_000)], about_vi: "Chả mực giã tay từ mực tươi, giòn dai; bảo quản đông lạnh.", about_en: "Hand-pounded squid cakes, springy and crisp; keep frozen.", tags: ["chả mực", "hải sản"] },
  { key: "cha-ca", vi: "Chả cá", en: "fish cakes", group: "food", sub_group: "processed", option: W, variants: [g(500, 140_000), kg(1, 270_000)], about_vi: "Chả cá biển giã tay, chiên vàng trước khi ăn.", about_en: "Hand-pounded sea fish cakes, fried golden before eating.", tags: ["chả cá", "hải sản"] },
  { key: "ruoc-hau", vi: "Ruốc hàu", en: "oyster floss", group: "food", sub_group: "processed", option: P, variants: [item("Hũ 100 g", "100 g jar", 75_000, 100), item("Hũ 200 g", "200 g jar", 140_000, 200)], about_vi: "Ruốc hàu sấy tơi, ăn kèm cơm, cháo.", about_en: "Fluffy oyster floss to eat with rice or congee.", tags: ["ruốc", "hàu"] },
  { key: "ruoc-tom", vi: "Ruốc tôm", en: "shrimp floss", group: "food", sub_group: "processed", option: P, variants: [item("Hũ 100 g", "100 g jar", 95_000, 100), item("Hũ 200 g", "200 g jar", 180_000, 200)], about_vi: "Ruốc tôm biển sấy tơi, màu cam tự nhiên.", about_en: "Sea shrimp floss, fluffy and naturally orange.", tags: ["ruốc", "tôm"] },
  { key: "mien-dong", vi: "Miến dong", en: "canna glass noodles", group: "food", sub_group: "processed", option: W, variants: [g(500, 45_000), kg(1, 85_000)], about_vi: "Miến làm từ tinh bột dong riềng, sợi dai, không bở.", about_en: "Glass noodles of canna starch, chewy and firm when cooked.", tags: ["miến dong"] },
  { key: "khau-nhuc", vi: "Khâu nhục", en: "khâu nhục braised pork", group: "food", sub_group: "processed", option: P, variants: [item("Hộp 1 bát", "1 bowl", 110_000, 600), item("Hộp 2 bát", "2 bowls", 215_000, 1_200)], about_vi: "Thịt ba chỉ hấp nhiều giờ với khoai môn, món cỗ truyền thống.", about_en: "Pork belly steamed for hours with taro, a traditional feast dish.", tags: ["khâu nhục", "món cỗ"] },
  { key: "banh-gio", vi: "Bánh gio", en: "lye rice cakes", group: "food", sub_group: "processed", option: P, variants: [item("Túi 10 chiếc", "Bag of 10", 60_000, 800)], about_vi: "Bánh nếp ngâm nước tro gói lá dong, ăn với mật mía.", about_en: "Ash-water sticky rice in dong leaves, eaten with cane syrup.", tags: ["bánh gio"] },
  // ---- food: condiments
  { key: "nuoc-mam", vi: "Nước mắm", en: "fish sauce", group: "food", sub_group: "condiment", option: V, variants: [ml(500, 95_000), ml(750, 135_000)], about_vi: "Nước mắm cốt ủ chượp cá cơm với muối biển.", about_en: "First-press fish sauce of anchovies fermented with sea salt.", tags: ["nước mắm"] },
  { key: "nuoc-mam-sa-sung", vi: "Nước mắm sá sùng", en: "peanut-worm fish sauce", group: "food", sub_group: "condiment", option: V, variants: [ml(500, 180_000), ml(750, 260_000)], about_vi: "Nước mắm ủ cùng sá sùng, vị ngọt thanh.", about_en: "Fish sauce fermented with peanut worms for a clean sweetness.", tags: ["nước mắm", "sá sùng"] },
  { key: "mam-tom", vi: "Mắm tôm", en: "shrimp paste", group: "food", sub_group: "condiment", option: P, variants: [item("Hũ 250 g", "250 g jar", 45_000, 300), item("Hũ 500 g", "500 g jar", 85_000, 580)], about_vi: "Mắm tôm ủ muối theo cách truyền thống.", about_en: "Shrimp paste fermented with salt the traditional way.", tags: ["mắm tôm"] },
  { key: "hoa-hoi-kho", vi: "Hoa hồi khô", en: "dried star anise", group: "food", sub_group: "condiment", option: W, variants: [g(200, 65_000), g(500, 150_000)], about_vi: "Hoa hồi phơi khô nguyên cánh, gia vị cho phở và món kho.", about_en: "Whole dried star anise, a spice for phở and braises.", tags: ["hoa hồi", "gia vị"] },
  { key: "que-kho", vi: "Quế khô", en: "dried cinnamon bark", group: "food", sub_group: "condiment", option: W, variants: [g(200, 55_000), g(500, 125_000)], about_vi: "Vỏ quế cuộn phơi khô, thơm cay.", about_en: "Rolled cinnamon bark, dried, warm and fragrant.", tags: ["quế", "gia vị"] },
  // ---- beverages
  { key: "ruou-ba-kich", vi: "Rượu ba kích", en: "morinda root wine", group: "beverage", sub_group: "alcoholic", option: V, variants: [ml(500, 180_000), ml(750, 250_000)], about_vi: "Rượu trắng ngâm củ ba kích tím, màu tím sẫm.", about_en: "Rice spirit steeped with purple morinda root.", tags: ["rượu", "ba kích"] },
  { key: "ruou-nam-lim-xanh", vi: "Rượu nấm lim xanh", en: "green lim mushroom wine", group: "beverage", sub_group: "alcoholic", option: V, variants: [ml(500, 220_000), ml(750, 310_000)], about_vi: "Rượu ngâm nấm lim xanh rừng, màu hổ phách.", about_en: "Spirit steeped with forest lim mushrooms, amber in colour.", tags: ["rượu", "nấm lim xanh"] },
  { key: "ruou-mo", vi: "Rượu mơ", en: "apricot wine", group: "beverage", sub_group: "alcoholic", option: V, variants: [ml(500, 150_000), ml(750, 210_000)], about_vi: "Quả mơ ngâm rượu nếp, vị chua ngọt.", about_en: "Apricots steeped in sticky rice spirit, sweet and sour.", tags: ["rượu", "mơ"] },
  { key: "ruou-nep", vi: "Rượu nếp", en: "sticky rice wine", group: "beverage", sub_group: "alcoholic", option: V, variants: [ml(500, 95_000), ml(750, 135_000)], about_vi: "Rượu nấu từ gạo nếp với men lá, chưng cất thủ công.", about_en: "Spirit distilled by hand from sticky rice and leaf yeast.", tags: ["rượu"] },
  { key: "nuoc-mo", vi: "Nước mơ", en: "apricot syrup drink", group: "beverage", sub_group: "non-alcoholic", option: V, variants: [ml(500, 75_000)], about_vi: "Nước cốt mơ ngâm đường, pha với nước lạnh.", about_en: "Apricot syrup to mix with cold water.", tags: ["nước mơ"] },
  { key: "tra-hoa-vang-dong-chai", vi: "Trà hoa vàng đóng chai", en: "bottled golden camellia tea", group: "beverage", sub_group: "non-alcoholic", option: P, variants: [item("Thùng 24 chai 350 ml", "Case of 24 × 350 ml", 240_000, 9_500)], about_vi: "Nước trà hoa vàng pha sẵn, ít đường.", about_en: "Ready-to-drink golden camellia tea, lightly sweetened.", tags: ["trà hoa vàng", "đồ uống"] },
  // ---- herbal
  { key: "tra-giao-co-lam", vi: "Trà giảo cổ lam", en: "jiaogulan herbal tea", group: "herbal", sub_group: "functional-food-medicine", option: W, variants: [g(200, 120_000), g(500, 270_000)], about_vi: "Giảo cổ lam sấy khô, hãm như trà, vị đắng nhẹ.", about_en: "Dried jiaogulan brewed like tea, lightly bitter.", tags: ["trà thảo dược"] },
  { key: "ba-kich-kho", vi: "Ba kích khô", en: "dried morinda root", group: "herbal", sub_group: "functional-food-medicine", option: W, variants: [g(500, 250_000), kg(1, 480_000)], about_vi: "Củ ba kích tím rút lõi, phơi khô.", about_en: "Purple morinda root, cored and dried.", tags: ["ba kích", "dược liệu"] },
  { key: "dong-trung-ha-thao", vi: "Đông trùng hạ thảo", en: "cordyceps", group: "herbal", sub_group: "functional-food-medicine", option: P, variants: [item("Hộp 10 g", "10 g box", 250_000, 40), item("Hộp 50 g", "50 g box", 1_150_000, 120)], about_vi: "Đông trùng hạ thảo nuôi cấy, sấy thăng hoa.", about_en: "Cultivated cordyceps, freeze-dried.", tags: ["đông trùng hạ thảo"] },
  { key: "tra-ca-gai-leo", vi: "Trà cà gai leo", en: "cà gai leo herbal tea", group: "herbal", sub_group: "functional-food-medicine", option: P, variants: [item("Hộp 30 túi lọc", "Box of 30 tea bags", 85_000, 120)], about_vi: "Cà gai leo thái nhỏ, sấy và đóng túi lọc.", about_en: "Cà gai leo cut, dried and packed in tea bags.", tags: ["trà thảo dược"] },
  { key: "tinh-dau-que", vi: "Tinh dầu quế", en: "cinnamon essential oil", group: "herbal", sub_group: "essential-oils", option: V, variants: [item("Chai 10 ml", "10 ml bottle", 85_000, 60), item("Chai 50 ml", "50 ml bottle", 350_000, 150)], about_vi: "Tinh dầu chưng cất từ lá và vỏ quế.", about_en: "Oil distilled from cinnamon leaves and bark.", tags: ["tinh dầu"] },
  { key: "tinh-dau-hoi", vi: "Tinh dầu hồi", en: "star anise oil", group: "herbal", sub_group: "essential-oils", option: V, variants: [item("Chai 10 ml", "10 ml bottle", 90_000, 60), item("Chai 50 ml", "50 ml bottle", 380_000, 150)], about_vi: "Tinh dầu chưng cất từ hoa hồi, mùi thơm ấm.", about_en: "Oil distilled from star anise, with a warm scent.", tags: ["tinh dầu", "hoa hồi"] },
  { key: "tinh-dau-sa", vi: "Tinh dầu sả chanh", en: "lemongrass essential oil", group: "herbal", sub_group: "essential-oils", option: V, variants: [item("Chai 10 ml", "10 ml bottle", 60_000, 60), item("Chai 50 ml", "50 ml bottle", 240_000, 150)], about_vi: "Tinh dầu sả chanh chưng cất, xông phòng đuổi muỗi.", about_en: "Distilled lemongrass oil for diffusers; keeps mosquitoes away.", tags: ["tinh dầu", "sả"] },
  { key: "xa-phong-thao-duoc", vi: "Xà phòng thảo dược", en: "herbal soap", group: "herbal", sub_group: "herbal-cosmetics", option: P, variants: [item("Bánh 100 g", "100 g bar", 45_000, 110), item("Hộp 3 bánh", "Box of 3 bars", 125_000, 350)], about_vi: "Xà phòng nấu lạnh với tinh dầu và lá thuốc.", about_en: "Cold-process soap with essential oils and medicinal leaves.", tags: ["xà phòng", "thảo dược"] },
  { key: "dau-goi-bo-ket", vi: "Dầu gội bồ kết", en: "soapberry herbal shampoo", group: "herbal", sub_group: "herbal-cosmetics", option: V, variants: [ml(300, 95_000), ml(500, 145_000)], about_vi: "Dầu gội nấu từ bồ kết, vỏ bưởi và hương nhu.", about_en: "Shampoo brewed from soapberry, pomelo peel and basil.", tags: ["dầu gội", "thảo dược"] },
  // ---- handicrafts
  { key: "ngoc-trai-akoya", vi: "Ngọc trai Akoya", en: "Akoya pearl", group: "handicraft", sub_group: "souvenir-decoration-household", option: { vi: "Kích cỡ hạt", en: "Pearl size" }, variants: [item("6–7 mm", "6–7 mm", 1_250_000, 20), item("7–8 mm", "7–8 mm", 1_850_000, 20)], about_vi: "Ngọc trai nuôi cấy trên vịnh, bán theo cỡ hạt kèm thẻ nguồn gốc.", about_en: "Pearls cultured in the bay, sold by size with an origin card.", tags: ["ngọc trai", "quà lưu niệm"] },
  { key: "binh-gom", vi: "Bình gốm", en: "pottery vase", group: "handicraft", sub_group: "ceramic", option: I, variants: [item("Cao 30 cm", "30 cm tall", 520_000, 2_500), item("Cao 45 cm", "45 cm tall", 890_000, 4_500)], about_vi: "Bình gốm tạo hình trên bàn xoay, vẽ tay và nung tại xưởng.", about_en: "A vase thrown on the wheel, hand-painted and fired in the workshop.", tags: ["gốm"] },
  { key: "bo-am-chen", vi: "Bộ ấm chén gốm", en: "pottery tea set", group: "handicraft", sub_group: "ceramic", option: I, variants: [item("Bộ 6 chén", "Teapot with 6 cups", 650_000, 2_200)], about_vi: "Bộ ấm chén gốm men lam vẽ tay.", about_en: "A hand-painted blue-glaze tea set.", tags: ["gốm", "ấm chén"] },
  { key: "tranh-than-da", vi: "Tranh than đá", en: "coal painting", group: "handicraft", sub_group: "souvenir-decoration-household", option: I, variants: [item("Khổ 20 × 30 cm", "20 × 30 cm", 350_000, 900), item("Khổ 40 × 60 cm", "40 × 60 cm", 950_000, 2_800)], about_vi: "Tranh ghép từ than đá vùng mỏ, cảnh vịnh và núi.", about_en: "Pictures of the bay and mountains worked in coal from the mines.", tags: ["tranh than đá", "quà lưu niệm"] },
  { key: "gio-may", vi: "Giỏ mây đan", en: "woven rattan basket", group: "handicraft", sub_group: "natural-fibre", option: I, variants: [item("Cỡ nhỏ", "Small", 120_000, 400), item("Cỡ lớn", "Large", 220_000, 700)], about_vi: "Giỏ đan tay từ mây rừng, có quai.", about_en: "A hand-woven forest rattan basket with a handle.", tags: ["mây tre đan"] },
  { key: "khay-tre", vi: "Khay tre đan", en: "woven bamboo tray", group: "handicraft", sub_group: "natural-fibre", option: I, variants: [item("Khay tròn 30 cm", "30 cm round tray", 90_000, 300)], about_vi: "Khay đan từ nan tre già, quét sơn ta chống ẩm.", about_en: "A tray of mature bamboo strips with a lacquer coat.", tags: ["mây tre đan"] },
  { key: "tui-tho-cam", vi: "Túi thổ cẩm", en: "brocade bag", group: "handicraft", sub_group: "textile-embroidery", option: I, variants: [item("Túi đeo chéo", "Crossbody bag", 280_000, 300), item("Túi xách tay", "Handbag", 380_000, 400)], about_vi: "Túi may từ vải thổ cẩm thêu tay theo hoa văn truyền thống.", about_en: "A bag of brocade hand-embroidered in traditional patterns.", tags: ["thổ cẩm"] },
  { key: "khan-theu", vi: "Khăn thêu thổ cẩm", en: "embroidered brocade scarf", group: "handicraft", sub_group: "textile-embroidery", option: I, variants: [item("Khăn 40 × 160 cm", "40 × 160 cm scarf", 220_000, 200)], about_vi: "Khăn nền chàm thêu tay hoa văn thổ cẩm.", about_en: "An indigo scarf hand-embroidered with brocade motifs.", tags: ["thổ cẩm"] },
  { key: "dua-go", vi: "Đũa gỗ", en: "wooden chopsticks", group: "handicraft", sub_group: "wood", option: P, variants: [item("Hộp 10 đôi", "Box of 10 pairs", 90_000, 300)], about_vi: "Đũa gỗ rừng trồng, gọt tay, không sơn phủ.", about_en: "Hand-carved chopsticks of plantation wood, unvarnished.", tags: ["đồ gỗ", "gia dụng"] },
  // ---- ornamental
  { key: "mai-vang", vi: "Mai vàng", en: "yellow apricot blossom tree", group: "ornamental", sub_group: "ornamental-plants", option: S, variants: [item("Chậu cao 0,8 m", "Pot, 0.8 m tall", 1_200_000, 12_000), item("Chậu cao 1,2 m", "Pot, 1.2 m tall", 2_500_000, 25_000)], about_vi: "Mai vàng trồng chậu, hoa nở dịp Tết.", about_en: "A potted yellow apricot blossom that flowers at Tết.", tags: ["mai vàng", "cây cảnh", "Tết"] },
  { key: "lan-ho-diep", vi: "Lan hồ điệp", en: "moth orchids", group: "ornamental", sub_group: "flowers", option: P, variants: [item("Chậu 3 cành", "Pot of 3 spikes", 650_000, 3_000), item("Chậu 5 cành", "Pot of 5 spikes", 1_050_000, 4_500)], about_vi: "Chậu lan nhiều cành, hoa bền 1–2 tháng.", about_en: "Potted orchids with several spikes, lasting one to two months.", tags: ["hoa", "lan"] },
  { key: "hoa-lily", vi: "Hoa lily", en: "lilies", group: "ornamental", sub_group: "flowers", option: P, variants: [item("Bó 10 cành", "Bunch of 10 stems", 250_000, 1_500), item("Bó 20 cành", "Bunch of 20 stems", 480_000, 3_000)], about_vi: "Hoa lily cắt cành khi còn nụ, nở lâu trong bình.", about_en: "Lilies cut in bud so they last long in the vase.", tags: ["hoa"] },
  { key: "cuc-mam-xoi", vi: "Cúc mâm xôi", en: "button chrysanthemum pot", group: "ornamental", sub_group: "flowers", option: S, variants: [item("Chậu đường kính 40 cm", "40 cm pot", 320_000, 6_000)], about_vi: "Chậu cúc tròn đều, hoa vàng dày, trưng dịp Tết.", about_en: "A round pot of dense yellow chrysanthemums for Tết.", tags: ["hoa", "Tết"] },
  { key: "bonsai-sam-huong", vi: "Bonsai sam hương", en: "sam hương bonsai", group: "ornamental", sub_group: "ornamental-plants", option: S, variants: [item("Chậu cao 40 cm", "Pot, 40 cm tall", 850_000, 6_000)], about_vi: "Cây sam hương uốn thế, trồng chậu gốm.", about_en: "A shaped sam hương tree in a ceramic pot.", tags: ["bonsai", "cây cảnh"] },
  // ---- tourism
  { key: "du-lich-lang-que", vi: "Du lịch làng quê", en: "village tour", group: "tourism", sub_group: "community-tourism", option: T, variants: [adult(350_000), child(200_000)], about_vi: "Một ngày ở làng: đồng ruộng, trò chơi dân gian và bữa cơm quê.", about_en: "A day in the village: fields, folk games and a country lunch.", tags: ["du lịch cộng đồng", "trải nghiệm"] },
  { key: "homestay-ban", vi: "Homestay bản", en: "village homestay", group: "tourism", sub_group: "community-tourism", option: { vi: "Loại phòng", en: "Room" }, variants: [item("1 đêm, 1 người", "1 night, 1 person", 250_000), item("1 đêm, phòng 4 người", "1 night, room for 4", 900_000)], about_vi: "Nghỉ nhà sàn cùng gia đình trong bản, kèm bữa sáng.", about_en: "Stay in a stilt house with a village family, breakfast included.", tags: ["homestay", "du lịch cộng đồng"] },
  { key: "tour-sinh-thai-rung", vi: "Tour sinh thái rừng", en: "forest eco-tour", group: "tourism", sub_group: "eco-tourism", option: T, variants: [adult(280_000), child(150_000)], about_vi: "Đi bộ rừng cùng người dẫn đường địa phương, tắm suối.", about_en: "A forest walk with a local guide and a swim in the stream.", tags: ["du lịch sinh thái"] },
  { key: "tham-quan-vuon", vi: "Tham quan vườn", en: "garden visit", group: "tourism", sub_group: "eco-tourism", option: T, variants: [adult(80_000), child(40_000)], about_vi: "Dạo vườn, nghe người trồng kể chuyện và thưởng trà.", about_en: "Walk the garden, hear the growers' stories and share tea.", tags: ["du lịch sinh thái"] },
  { key: "trai-nghiem-lang-nghe", vi: "Trải nghiệm làng nghề", en: "craft village experience", group: "tourism", sub_group: "tourist-site", option: T, variants: [adult(200_000), child(150_000)], about_vi: "Hai giờ ở làng nghề, tự tay làm một sản phẩm mang về.", about_en: "Two hours in a craft village making a piece to take home.", tags: ["trải nghiệm", "làng nghề"] },
]
