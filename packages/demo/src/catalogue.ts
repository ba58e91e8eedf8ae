// Invented demo data for development and tests only; not medical advice.

export interface DemoMedication {
  key: string;
  name: string;
  genericName: string;
  form: string;
  strength: string;
  /** true for prescription-only (Rx), false for OTC. */
  requiresPrescription: boolean;
  /** Integer minor units (EUR cents). */
  price: number;
  description: string;
}

export interface DemoPharmacy {
  key: string;
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
}

export const demoMedications: DemoMedication[] = [
  // Antibiotics and anti-infectives (Rx)
  {
    key: 'amoxicillin-500mg-capsule',
    name: 'Amoxicillin 500 mg capsules',
    genericName: 'amoxicillin',
    form: 'capsule',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1295,
    description:
      'Penicillin antibiotic used to treat bacterial infections of the chest, ears, throat and urinary tract. Do not take if you are allergic to penicillin.',
  },
  {
    key: 'amoxicillin-1000mg-tablet',
    name: 'Amoxicillin 1000 mg tablets',
    genericName: 'amoxicillin',
    form: 'tablet',
    strength: '1000 mg',
    requiresPrescription: true,
    price: 1580,
    description:
      'Penicillin antibiotic for bacterial infections such as pneumonia and sinusitis. Complete the full course even if you feel better.',
  },
  {
    key: 'amoxicillin-250mg-5ml-oral-suspension',
    name: 'Amoxicillin 250 mg/5 ml oral suspension',
    genericName: 'amoxicillin',
    form: 'oral suspension',
    strength: '250 mg/5 ml',
    requiresPrescription: true,
    price: 1190,
    description:
      'Penicillin antibiotic suspension, commonly used for ear and throat infections in children. Store in the fridge after reconstitution and discard after 14 days.',
  },
  {
    key: 'amoxicillin-clavulanic-acid-875mg-125mg-tablet',
    name: 'Amoxicillin/Clavulanic acid 875 mg/125 mg tablets',
    genericName: 'amoxicillin/clavulanic acid',
    form: 'tablet',
    strength: '875 mg/125 mg',
    requiresPrescription: true,
    price: 2245,
    description:
      'Combination antibiotic for infections where bacteria may resist amoxicillin alone. Take at the start of a meal to reduce stomach upset; not for people with penicillin allergy.',
  },
  {
    key: 'azithromycin-500mg-tablet',
    name: 'Azithromycin 500 mg tablets',
    genericName: 'azithromycin',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1865,
    description:
      'Macrolide antibiotic for respiratory and skin infections, usually taken once daily for three days. Tell your doctor about heart rhythm problems before use.',
  },
  {
    key: 'azithromycin-200mg-5ml-oral-suspension',
    name: 'Azithromycin 200 mg/5 ml oral suspension',
    genericName: 'azithromycin',
    form: 'oral suspension',
    strength: '200 mg/5 ml',
    requiresPrescription: true,
    price: 1720,
    description:
      'Macrolide antibiotic suspension for respiratory infections in children. Dose is based on body weight; use the measuring syringe provided.',
  },
  {
    key: 'clarithromycin-500mg-tablet',
    name: 'Clarithromycin 500 mg tablets',
    genericName: 'clarithromycin',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1940,
    description:
      'Macrolide antibiotic for chest, throat and skin infections. Interacts with many medicines, including some statins; tell your pharmacist what else you take.',
  },
  {
    key: 'doxycycline-100mg-tablet',
    name: 'Doxycycline 100 mg tablets',
    genericName: 'doxycycline',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: true,
    price: 1350,
    description:
      'Tetracycline antibiotic for respiratory infections, Lyme disease and acne. Take upright with a full glass of water and avoid strong sunlight.',
  },
  {
    key: 'cefuroxime-500mg-tablet',
    name: 'Cefuroxime 500 mg tablets',
    genericName: 'cefuroxime',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 2160,
    description:
      'Cephalosporin antibiotic for infections of the airways, ears and urinary tract. Take after food; use caution if you have had a reaction to penicillin.',
  },
  {
    key: 'cefalexin-500mg-capsule',
    name: 'Cefalexin 500 mg capsules',
    genericName: 'cefalexin',
    form: 'capsule',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1475,
    description:
      'Cephalosporin antibiotic used for skin, bone and urinary tract infections. Tell your doctor if you have had a severe allergy to penicillins or cephalosporins.',
  },
  {
    key: 'ciprofloxacin-500mg-tablet',
    name: 'Ciprofloxacin 500 mg tablets',
    genericName: 'ciprofloxacin',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1630,
    description:
      'Fluoroquinolone antibiotic reserved for certain serious bacterial infections. Stop taking it and contact your doctor if you get tendon pain or numbness.',
  },
  {
    key: 'nitrofurantoin-100mg-capsule',
    name: 'Nitrofurantoin 100 mg capsules',
    genericName: 'nitrofurantoin',
    form: 'capsule',
    strength: '100 mg',
    requiresPrescription: true,
    price: 1280,
    description:
      'Antibiotic used to treat and prevent uncomplicated urinary tract infections. Take with food; it may turn urine dark yellow or brown.',
  },
  {
    key: 'metronidazole-400mg-tablet',
    name: 'Metronidazole 400 mg tablets',
    genericName: 'metronidazole',
    form: 'tablet',
    strength: '400 mg',
    requiresPrescription: true,
    price: 1195,
    description:
      'Antibiotic for anaerobic bacterial and certain parasitic infections. Do not drink alcohol during treatment and for 48 hours afterwards.',
  },
  {
    key: 'aciclovir-400mg-tablet',
    name: 'Aciclovir 400 mg tablets',
    genericName: 'aciclovir',
    form: 'tablet',
    strength: '400 mg',
    requiresPrescription: true,
    price: 1845,
    description:
      'Antiviral used to treat shingles, chickenpox and genital herpes. Drink plenty of fluids while taking it, especially if you have kidney problems.',
  },
  {
    key: 'nystatin-100000iu-ml-oral-suspension',
    name: 'Nystatin 100,000 IU/ml oral suspension',
    genericName: 'nystatin',
    form: 'oral suspension',
    strength: '100,000 IU/ml',
    requiresPrescription: true,
    price: 1620,
    description:
      'Antifungal for thrush in the mouth and throat. Hold the dose in the mouth for as long as possible before swallowing.',
  },
  {
    key: 'fusidic-acid-2-cream',
    name: 'Fusidic acid 2% cream',
    genericName: 'fusidic acid',
    form: 'cream',
    strength: '2%',
    requiresPrescription: true,
    price: 1390,
    description:
      'Topical antibiotic for bacterial skin infections such as impetigo. Use for no longer than 14 days to limit resistance.',
  },
  {
    key: 'permethrin-5-cream',
    name: 'Permethrin 5% cream',
    genericName: 'permethrin',
    form: 'cream',
    strength: '5%',
    requiresPrescription: true,
    price: 2495,
    description:
      'Insecticidal cream used to treat scabies. Apply to the whole body from the neck down and wash off after 8 to 12 hours; avoid the eyes.',
  },
  {
    key: 'ofloxacin-3mg-ml-eye-drops',
    name: 'Ofloxacin 3 mg/ml eye drops',
    genericName: 'ofloxacin',
    form: 'eye drops',
    strength: '3 mg/ml',
    requiresPrescription: true,
    price: 1350,
    description:
      'Antibiotic eye drops for bacterial conjunctivitis and other eye infections. Do not wear contact lenses during treatment.',
  },

  // Cardiovascular and lipid-lowering (Rx)
  {
    key: 'atorvastatin-10mg-tablet',
    name: 'Atorvastatin 10 mg tablets',
    genericName: 'atorvastatin',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1365,
    description:
      'Statin that lowers LDL cholesterol and reduces the risk of heart attack and stroke. Report unexplained muscle pain or weakness to your doctor.',
  },
  {
    key: 'atorvastatin-20mg-tablet',
    name: 'Atorvastatin 20 mg tablets',
    genericName: 'atorvastatin',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1495,
    description:
      'Statin that lowers LDL cholesterol and reduces cardiovascular risk. Avoid large amounts of grapefruit juice and report unexplained muscle pain.',
  },
  {
    key: 'atorvastatin-40mg-tablet',
    name: 'Atorvastatin 40 mg tablets',
    genericName: 'atorvastatin',
    form: 'tablet',
    strength: '40 mg',
    requiresPrescription: true,
    price: 1680,
    description:
      'Higher-dose statin for lowering cholesterol after heart attack or stroke. Report unexplained muscle pain, tenderness or dark urine promptly.',
  },
  {
    key: 'simvastatin-20mg-tablet',
    name: 'Simvastatin 20 mg tablets',
    genericName: 'simvastatin',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1290,
    description:
      'Statin taken in the evening to lower cholesterol. Do not combine with grapefruit juice or clarithromycin without medical advice.',
  },
  {
    key: 'rosuvastatin-10mg-tablet',
    name: 'Rosuvastatin 10 mg tablets',
    genericName: 'rosuvastatin',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1560,
    description:
      'Statin used to lower LDL cholesterol and triglycerides. Tell your doctor if you have kidney problems or unexplained muscle aches.',
  },
  {
    key: 'ezetimibe-10mg-tablet',
    name: 'Ezetimibe 10 mg tablets',
    genericName: 'ezetimibe',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1720,
    description:
      'Reduces cholesterol absorption from the gut, alone or together with a statin. Seek advice if you develop muscle pain.',
  },
  {
    key: 'lisinopril-10mg-tablet',
    name: 'Lisinopril 10 mg tablets',
    genericName: 'lisinopril',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1245,
    description:
      'ACE inhibitor for high blood pressure and heart failure. May cause a dry cough; seek urgent help if your face, lips or tongue swell.',
  },
  {
    key: 'lisinopril-20mg-tablet',
    name: 'Lisinopril 20 mg tablets',
    genericName: 'lisinopril',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1390,
    description:
      'ACE inhibitor for high blood pressure, heart failure and protection after a heart attack. Not for use in pregnancy.',
  },
  {
    key: 'ramipril-5mg-tablet',
    name: 'Ramipril 5 mg tablets',
    genericName: 'ramipril',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 1310,
    description:
      'ACE inhibitor that lowers blood pressure and protects the heart and kidneys. Stand up slowly, as it can cause dizziness at first.',
  },
  {
    key: 'enalapril-10mg-tablet',
    name: 'Enalapril 10 mg tablets',
    genericName: 'enalapril',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1275,
    description:
      'ACE inhibitor for high blood pressure and heart failure. Avoid potassium supplements unless your doctor recommends them.',
  },
  {
    key: 'amlodipine-5mg-tablet',
    name: 'Amlodipine 5 mg tablets',
    genericName: 'amlodipine',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 1260,
    description:
      'Calcium channel blocker for high blood pressure and angina. Ankle swelling is a common side effect; tell your doctor if it bothers you.',
  },
  {
    key: 'amlodipine-10mg-tablet',
    name: 'Amlodipine 10 mg tablets',
    genericName: 'amlodipine',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1340,
    description:
      'Calcium channel blocker for high blood pressure and stable angina. May cause flushing, headache or swollen ankles.',
  },
  {
    key: 'losartan-50mg-tablet',
    name: 'Losartan 50 mg tablets',
    genericName: 'losartan',
    form: 'tablet',
    strength: '50 mg',
    requiresPrescription: true,
    price: 1395,
    description:
      'Angiotensin II receptor blocker for high blood pressure and kidney protection in diabetes. Not for use in pregnancy.',
  },
  {
    key: 'candesartan-8mg-tablet',
    name: 'Candesartan 8 mg tablets',
    genericName: 'candesartan',
    form: 'tablet',
    strength: '8 mg',
    requiresPrescription: true,
    price: 1420,
    description:
      'Angiotensin II receptor blocker for high blood pressure and heart failure. Your doctor may check kidney function and potassium levels.',
  },
  {
    key: 'valsartan-80mg-tablet',
    name: 'Valsartan 80 mg tablets',
    genericName: 'valsartan',
    form: 'tablet',
    strength: '80 mg',
    requiresPrescription: true,
    price: 1385,
    description:
      'Angiotensin II receptor blocker for high blood pressure and heart failure. May cause dizziness, especially when starting treatment.',
  },
  {
    key: 'bisoprolol-5mg-tablet',
    name: 'Bisoprolol 5 mg tablets',
    genericName: 'bisoprolol',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 1290,
    description:
      'Beta blocker for high blood pressure, angina and heart failure. Do not stop suddenly; your doctor will reduce the dose gradually.',
  },
  {
    key: 'metoprolol-succinate-47-5mg-tablet',
    name: 'Metoprolol succinate 47.5 mg prolonged-release tablets',
    genericName: 'metoprolol',
    form: 'prolonged-release tablet',
    strength: '47.5 mg',
    requiresPrescription: true,
    price: 1480,
    description:
      'Beta blocker for high blood pressure, angina and heart rhythm disorders. Swallow whole or halved, never crushed, and do not stop abruptly.',
  },
  {
    key: 'hydrochlorothiazide-25mg-tablet',
    name: 'Hydrochlorothiazide 25 mg tablets',
    genericName: 'hydrochlorothiazide',
    form: 'tablet',
    strength: '25 mg',
    requiresPrescription: true,
    price: 1150,
    description:
      'Thiazide diuretic for high blood pressure and fluid retention. Take in the morning and protect your skin from strong sunlight.',
  },
  {
    key: 'furosemide-40mg-tablet',
    name: 'Furosemide 40 mg tablets',
    genericName: 'furosemide',
    form: 'tablet',
    strength: '40 mg',
    requiresPrescription: true,
    price: 1180,
    description:
      'Loop diuretic that removes excess fluid in heart failure and oedema. Take in the morning; your doctor may monitor salts in your blood.',
  },
  {
    key: 'torasemide-10mg-tablet',
    name: 'Torasemide 10 mg tablets',
    genericName: 'torasemide',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1295,
    description:
      'Loop diuretic for oedema and high blood pressure. Can cause dizziness and dehydration; drink enough fluids unless told otherwise.',
  },
  {
    key: 'spironolactone-25mg-tablet',
    name: 'Spironolactone 25 mg tablets',
    genericName: 'spironolactone',
    form: 'tablet',
    strength: '25 mg',
    requiresPrescription: true,
    price: 1345,
    description:
      'Potassium-sparing diuretic for heart failure, oedema and high blood pressure. Avoid potassium supplements and salt substitutes.',
  },
  {
    key: 'apixaban-5mg-tablet',
    name: 'Apixaban 5 mg tablets',
    genericName: 'apixaban',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 11890,
    description:
      'Anticoagulant that prevents stroke in atrial fibrillation and treats blood clots. Increases bleeding risk; tell any doctor or dentist you take it.',
  },
  {
    key: 'rivaroxaban-20mg-tablet',
    name: 'Rivaroxaban 20 mg tablets',
    genericName: 'rivaroxaban',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 12450,
    description:
      'Anticoagulant taken once daily with a meal to prevent stroke and blood clots. Seek help for unusual bleeding or bruising.',
  },
  {
    key: 'phenprocoumon-3mg-tablet',
    name: 'Phenprocoumon 3 mg tablets',
    genericName: 'phenprocoumon',
    form: 'tablet',
    strength: '3 mg',
    requiresPrescription: true,
    price: 1420,
    description:
      'Vitamin K antagonist anticoagulant; the dose is adjusted using regular INR blood tests. Keep your diet consistent and check new medicines with your pharmacist.',
  },
  {
    key: 'clopidogrel-75mg-tablet',
    name: 'Clopidogrel 75 mg tablets',
    genericName: 'clopidogrel',
    form: 'tablet',
    strength: '75 mg',
    requiresPrescription: true,
    price: 1590,
    description:
      'Antiplatelet medicine that prevents clots after a heart attack, stent or stroke. Do not stop without talking to your cardiologist.',
  },

  // Diabetes and endocrine (Rx)
  {
    key: 'metformin-500mg-tablet',
    name: 'Metformin 500 mg tablets',
    genericName: 'metformin',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1195,
    description:
      'First-line medicine for type 2 diabetes that lowers blood sugar. Take with meals; it may need to be paused before X-ray contrast or surgery.',
  },
  {
    key: 'metformin-1000mg-tablet',
    name: 'Metformin 1000 mg tablets',
    genericName: 'metformin',
    form: 'tablet',
    strength: '1000 mg',
    requiresPrescription: true,
    price: 1325,
    description:
      'Higher-strength metformin for type 2 diabetes. Take with food to reduce stomach upset and avoid excessive alcohol.',
  },
  {
    key: 'sitagliptin-100mg-tablet',
    name: 'Sitagliptin 100 mg tablets',
    genericName: 'sitagliptin',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: true,
    price: 4950,
    description:
      'DPP-4 inhibitor for type 2 diabetes, taken once daily. Seek medical advice for severe, persistent stomach pain.',
  },
  {
    key: 'empagliflozin-10mg-tablet',
    name: 'Empagliflozin 10 mg tablets',
    genericName: 'empagliflozin',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 6480,
    description:
      'SGLT2 inhibitor for type 2 diabetes, heart failure and chronic kidney disease. Keep well hydrated and maintain good genital hygiene.',
  },
  {
    key: 'glimepiride-2mg-tablet',
    name: 'Glimepiride 2 mg tablets',
    genericName: 'glimepiride',
    form: 'tablet',
    strength: '2 mg',
    requiresPrescription: true,
    price: 1240,
    description:
      'Sulfonylurea that stimulates insulin release in type 2 diabetes. Can cause low blood sugar; do not skip meals after taking it.',
  },
  {
    key: 'insulin-glargine-100u-ml-injection-pen',
    name: 'Insulin glargine 100 units/ml pre-filled pens',
    genericName: 'insulin glargine',
    form: 'injection pen',
    strength: '100 units/ml',
    requiresPrescription: true,
    price: 7590,
    description:
      'Long-acting basal insulin injected once daily for diabetes. Rotate injection sites and learn to recognise the signs of low blood sugar.',
  },
  {
    key: 'insulin-aspart-100u-ml-injection-pen',
    name: 'Insulin aspart 100 units/ml pre-filled pens',
    genericName: 'insulin aspart',
    form: 'injection pen',
    strength: '100 units/ml',
    requiresPrescription: true,
    price: 6980,
    description:
      'Rapid-acting mealtime insulin injected just before eating. Always carry a source of sugar in case of hypoglycaemia.',
  },
  {
    key: 'semaglutide-1mg-injection-pen',
    name: 'Semaglutide 1 mg pre-filled pen',
    genericName: 'semaglutide',
    form: 'injection pen',
    strength: '1 mg/dose',
    requiresPrescription: true,
    price: 23860,
    description:
      'Once-weekly GLP-1 receptor agonist for type 2 diabetes. Nausea is common at first; seek help for severe persistent abdominal pain.',
  },
  {
    key: 'levothyroxine-50mcg-tablet',
    name: 'Levothyroxine 50 mcg tablets',
    genericName: 'levothyroxine',
    form: 'tablet',
    strength: '50 mcg',
    requiresPrescription: true,
    price: 1130,
    description:
      'Thyroid hormone replacement for an underactive thyroid. Take on an empty stomach 30 minutes before breakfast, apart from iron or calcium.',
  },
  {
    key: 'levothyroxine-100mcg-tablet',
    name: 'Levothyroxine 100 mcg tablets',
    genericName: 'levothyroxine',
    form: 'tablet',
    strength: '100 mcg',
    requiresPrescription: true,
    price: 1170,
    description:
      'Thyroid hormone replacement for hypothyroidism. Regular blood tests guide the dose; report palpitations or sleeplessness.',
  },
  {
    key: 'prednisolone-5mg-tablet',
    name: 'Prednisolone 5 mg tablets',
    genericName: 'prednisolone',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 1210,
    description:
      'Corticosteroid for inflammatory and allergic conditions such as asthma and arthritis. Take in the morning with food and do not stop long courses suddenly.',
  },
  {
    key: 'prednisolone-20mg-tablet',
    name: 'Prednisolone 20 mg tablets',
    genericName: 'prednisolone',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1360,
    description:
      'Corticosteroid for short courses in flare-ups of asthma, COPD and other inflammatory conditions. May raise blood sugar and affect mood or sleep.',
  },
  {
    key: 'estradiol-50mcg-24h-patch',
    name: 'Estradiol 50 mcg/24 h transdermal patches',
    genericName: 'estradiol',
    form: 'patch',
    strength: '50 mcg/24 h',
    requiresPrescription: true,
    price: 2890,
    description:
      'Hormone replacement patch for menopausal symptoms, changed twice weekly. Not suitable after certain cancers or blood clots; attend regular check-ups.',
  },
  {
    key: 'levonorgestrel-ethinylestradiol-0-15mg-0-03mg-tablet',
    name: 'Levonorgestrel/Ethinylestradiol 0.15 mg/0.03 mg tablets',
    genericName: 'levonorgestrel/ethinylestradiol',
    form: 'tablet',
    strength: '0.15 mg/0.03 mg',
    requiresPrescription: true,
    price: 2150,
    description:
      'Combined oral contraceptive taken daily for 21 days followed by a 7-day break. Smoking increases the risk of blood clots.',
  },

  // Nervous system and mental health (Rx)
  {
    key: 'sertraline-50mg-tablet',
    name: 'Sertraline 50 mg tablets',
    genericName: 'sertraline',
    form: 'tablet',
    strength: '50 mg',
    requiresPrescription: true,
    price: 1540,
    description:
      'SSRI antidepressant for depression, anxiety and OCD. It may take several weeks to work; do not stop suddenly.',
  },
  {
    key: 'sertraline-100mg-tablet',
    name: 'Sertraline 100 mg tablets',
    genericName: 'sertraline',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: true,
    price: 1690,
    description:
      'SSRI antidepressant for depression and anxiety disorders. Contact your doctor if you feel more restless or have thoughts of self-harm.',
  },
  {
    key: 'citalopram-20mg-tablet',
    name: 'Citalopram 20 mg tablets',
    genericName: 'citalopram',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1395,
    description:
      'SSRI antidepressant for depression and panic disorder. Tell your doctor about heart rhythm problems before starting.',
  },
  {
    key: 'escitalopram-10mg-tablet',
    name: 'Escitalopram 10 mg tablets',
    genericName: 'escitalopram',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 1485,
    description:
      'SSRI antidepressant for depression and generalised anxiety disorder. Avoid alcohol and reduce the dose gradually when stopping.',
  },
  {
    key: 'fluoxetine-20mg-capsule',
    name: 'Fluoxetine 20 mg capsules',
    genericName: 'fluoxetine',
    form: 'capsule',
    strength: '20 mg',
    requiresPrescription: true,
    price: 1320,
    description:
      'SSRI antidepressant for depression, bulimia and OCD. Effects build over several weeks; report agitation or worsening mood.',
  },
  {
    key: 'venlafaxine-75mg-capsule',
    name: 'Venlafaxine 75 mg prolonged-release capsules',
    genericName: 'venlafaxine',
    form: 'prolonged-release capsule',
    strength: '75 mg',
    requiresPrescription: true,
    price: 1760,
    description:
      'SNRI antidepressant for depression and anxiety disorders. Can raise blood pressure; stopping suddenly may cause withdrawal symptoms.',
  },
  {
    key: 'mirtazapine-15mg-tablet',
    name: 'Mirtazapine 15 mg tablets',
    genericName: 'mirtazapine',
    form: 'tablet',
    strength: '15 mg',
    requiresPrescription: true,
    price: 1410,
    description:
      'Antidepressant taken at bedtime that can also help with sleep and appetite. Causes drowsiness; do not drive until you know how it affects you.',
  },
  {
    key: 'amitriptyline-25mg-tablet',
    name: 'Amitriptyline 25 mg tablets',
    genericName: 'amitriptyline',
    form: 'tablet',
    strength: '25 mg',
    requiresPrescription: true,
    price: 1225,
    description:
      'Tricyclic medicine used at low doses for nerve pain and migraine prevention. Causes drowsiness and dry mouth; dangerous in overdose.',
  },
  {
    key: 'quetiapine-25mg-tablet',
    name: 'Quetiapine 25 mg tablets',
    genericName: 'quetiapine',
    form: 'tablet',
    strength: '25 mg',
    requiresPrescription: true,
    price: 1580,
    description:
      'Antipsychotic for schizophrenia and bipolar disorder. May cause drowsiness, dizziness on standing and weight gain.',
  },
  {
    key: 'pregabalin-75mg-capsule',
    name: 'Pregabalin 75 mg capsules',
    genericName: 'pregabalin',
    form: 'capsule',
    strength: '75 mg',
    requiresPrescription: true,
    price: 2190,
    description:
      'Used for nerve pain, epilepsy and generalised anxiety disorder. Can cause dizziness and drowsiness; avoid alcohol and opioids.',
  },
  {
    key: 'gabapentin-300mg-capsule',
    name: 'Gabapentin 300 mg capsules',
    genericName: 'gabapentin',
    form: 'capsule',
    strength: '300 mg',
    requiresPrescription: true,
    price: 1950,
    description:
      'Anticonvulsant for epilepsy and nerve pain. Take antacids at least two hours apart and do not stop abruptly.',
  },
  {
    key: 'lamotrigine-100mg-tablet',
    name: 'Lamotrigine 100 mg tablets',
    genericName: 'lamotrigine',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: true,
    price: 2080,
    description:
      'Anticonvulsant and mood stabiliser for epilepsy and bipolar disorder. Seek medical help immediately if a skin rash develops.',
  },
  {
    key: 'levetiracetam-500mg-tablet',
    name: 'Levetiracetam 500 mg tablets',
    genericName: 'levetiracetam',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 2640,
    description:
      'Anticonvulsant for several types of epileptic seizures. Report mood changes or irritability to your doctor.',
  },
  {
    key: 'sumatriptan-100mg-tablet',
    name: 'Sumatriptan 100 mg tablets',
    genericName: 'sumatriptan',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: true,
    price: 1890,
    description:
      'Triptan for the acute treatment of migraine attacks. Not for people with heart disease or uncontrolled high blood pressure.',
  },
  {
    key: 'tramadol-50mg-capsule',
    name: 'Tramadol 50 mg capsules',
    genericName: 'tramadol',
    form: 'capsule',
    strength: '50 mg',
    requiresPrescription: true,
    price: 1460,
    description:
      'Opioid painkiller for moderate to severe pain. Can cause drowsiness and dependence; do not combine with alcohol.',
  },
  {
    key: 'metamizole-500mg-tablet',
    name: 'Metamizole 500 mg tablets',
    genericName: 'metamizole',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 1185,
    description:
      'Painkiller and fever reducer for severe pain and colic. Contact a doctor at once if you get fever, sore throat or mouth ulcers, which may signal a blood disorder.',
  },
  {
    key: 'ondansetron-4mg-tablet',
    name: 'Ondansetron 4 mg tablets',
    genericName: 'ondansetron',
    form: 'tablet',
    strength: '4 mg',
    requiresPrescription: true,
    price: 2470,
    description:
      'Anti-sickness medicine for nausea caused by chemotherapy or surgery. May cause constipation and headache.',
  },

  // Respiratory (Rx)
  {
    key: 'salbutamol-100mcg-inhaler',
    name: 'Salbutamol 100 mcg/dose inhaler',
    genericName: 'salbutamol',
    form: 'inhaler',
    strength: '100 mcg/dose',
    requiresPrescription: true,
    price: 1495,
    description:
      'Reliever inhaler that quickly opens the airways in asthma and COPD. See your doctor if you need it more than twice a week.',
  },
  {
    key: 'budesonide-formoterol-160-4-5mcg-inhaler',
    name: 'Budesonide/Formoterol 160/4.5 mcg inhaler',
    genericName: 'budesonide/formoterol',
    form: 'inhaler',
    strength: '160 mcg/4.5 mcg per dose',
    requiresPrescription: true,
    price: 5960,
    description:
      'Combination preventer inhaler for asthma and COPD. Rinse your mouth after each use to reduce the risk of oral thrush.',
  },
  {
    key: 'fluticasone-propionate-125mcg-inhaler',
    name: 'Fluticasone propionate 125 mcg/dose inhaler',
    genericName: 'fluticasone propionate',
    form: 'inhaler',
    strength: '125 mcg/dose',
    requiresPrescription: true,
    price: 3280,
    description:
      'Inhaled corticosteroid that prevents asthma symptoms when used every day. It does not relieve an acute attack; rinse your mouth after use.',
  },
  {
    key: 'tiotropium-2-5mcg-inhaler',
    name: 'Tiotropium 2.5 mcg/dose inhaler',
    genericName: 'tiotropium',
    form: 'inhaler',
    strength: '2.5 mcg/dose',
    requiresPrescription: true,
    price: 6140,
    description:
      'Long-acting bronchodilator inhaled once daily for COPD. Avoid spraying into the eyes; tell your doctor about glaucoma or urinary problems.',
  },
  {
    key: 'montelukast-10mg-tablet',
    name: 'Montelukast 10 mg tablets',
    genericName: 'montelukast',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: true,
    price: 2260,
    description:
      'Leukotriene antagonist taken in the evening to prevent asthma symptoms. Report sleep disturbances or mood changes to your doctor.',
  },
  {
    key: 'epinephrine-300mcg-injection-pen',
    name: 'Epinephrine 300 mcg auto-injector',
    genericName: 'epinephrine',
    form: 'injection pen',
    strength: '300 mcg',
    requiresPrescription: true,
    price: 9480,
    description:
      'Emergency adrenaline auto-injector for severe allergic reactions. Inject into the outer thigh and always call emergency services afterwards.',
  },

  // Gastrointestinal, urology, musculoskeletal and other (Rx)
  {
    key: 'pantoprazole-40mg-tablet',
    name: 'Pantoprazole 40 mg gastro-resistant tablets',
    genericName: 'pantoprazole',
    form: 'gastro-resistant tablet',
    strength: '40 mg',
    requiresPrescription: true,
    price: 1540,
    description:
      'Proton pump inhibitor for reflux disease and stomach ulcers. Swallow whole before a meal; long-term use should be reviewed regularly.',
  },
  {
    key: 'omeprazole-40mg-capsule',
    name: 'Omeprazole 40 mg gastro-resistant capsules',
    genericName: 'omeprazole',
    form: 'capsule',
    strength: '40 mg',
    requiresPrescription: true,
    price: 1620,
    description:
      'Proton pump inhibitor for ulcers and severe reflux. Interacts with clopidogrel and some other medicines; ask your pharmacist.',
  },
  {
    key: 'mesalazine-500mg-tablet',
    name: 'Mesalazine 500 mg gastro-resistant tablets',
    genericName: 'mesalazine',
    form: 'gastro-resistant tablet',
    strength: '500 mg',
    requiresPrescription: true,
    price: 4890,
    description:
      'Anti-inflammatory medicine for ulcerative colitis. Report unexplained bruising, sore throat or fever to your doctor.',
  },
  {
    key: 'tamsulosin-0-4mg-capsule',
    name: 'Tamsulosin 0.4 mg prolonged-release capsules',
    genericName: 'tamsulosin',
    form: 'prolonged-release capsule',
    strength: '0.4 mg',
    requiresPrescription: true,
    price: 1690,
    description:
      'Alpha blocker that eases urinary symptoms of an enlarged prostate. May cause dizziness on standing; mention it before cataract surgery.',
  },
  {
    key: 'finasteride-5mg-tablet',
    name: 'Finasteride 5 mg tablets',
    genericName: 'finasteride',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: true,
    price: 2340,
    description:
      'Shrinks an enlarged prostate over several months. Pregnant women should not handle crushed or broken tablets.',
  },
  {
    key: 'sildenafil-50mg-tablet',
    name: 'Sildenafil 50 mg tablets',
    genericName: 'sildenafil',
    form: 'tablet',
    strength: '50 mg',
    requiresPrescription: true,
    price: 2980,
    description:
      'PDE5 inhibitor for erectile dysfunction, taken about one hour before sexual activity. Never combine with nitrate medicines for chest pain.',
  },
  {
    key: 'allopurinol-300mg-tablet',
    name: 'Allopurinol 300 mg tablets',
    genericName: 'allopurinol',
    form: 'tablet',
    strength: '300 mg',
    requiresPrescription: true,
    price: 1230,
    description:
      'Lowers uric acid levels to prevent gout attacks and kidney stones. Stop and contact your doctor if a skin rash appears.',
  },
  {
    key: 'alendronic-acid-70mg-tablet',
    name: 'Alendronic acid 70 mg tablets',
    genericName: 'alendronic acid',
    form: 'tablet',
    strength: '70 mg',
    requiresPrescription: true,
    price: 1980,
    description:
      'Once-weekly bisphosphonate for osteoporosis. Take with a full glass of water on an empty stomach and stay upright for 30 minutes.',
  },
  {
    key: 'methotrexate-2-5mg-tablet',
    name: 'Methotrexate 2.5 mg tablets',
    genericName: 'methotrexate',
    form: 'tablet',
    strength: '2.5 mg',
    requiresPrescription: true,
    price: 1860,
    description:
      'Taken once a week for rheumatoid arthritis and psoriasis. Never take it daily; regular blood tests are required.',
  },
  {
    key: 'adalimumab-40mg-injection-pen',
    name: 'Adalimumab 40 mg pre-filled pens',
    genericName: 'adalimumab',
    form: 'injection pen',
    strength: '40 mg/0.4 ml',
    requiresPrescription: true,
    price: 98500,
    description:
      'Biologic TNF inhibitor for rheumatoid arthritis, psoriasis and inflammatory bowel disease. Increases infection risk; report fever or persistent cough.',
  },
  {
    key: 'ibuprofen-600mg-tablet',
    name: 'Ibuprofen 600 mg tablets',
    genericName: 'ibuprofen',
    form: 'tablet',
    strength: '600 mg',
    requiresPrescription: true,
    price: 1195,
    description:
      'Prescription-strength anti-inflammatory painkiller for arthritis and acute pain. Take with food; not for people with stomach ulcers or severe heart failure.',
  },
  {
    key: 'ibuprofen-800mg-tablet',
    name: 'Ibuprofen 800 mg tablets',
    genericName: 'ibuprofen',
    form: 'tablet',
    strength: '800 mg',
    requiresPrescription: true,
    price: 1295,
    description:
      'High-dose anti-inflammatory for rheumatic pain and inflammation. Use the lowest effective dose for the shortest time because of stomach and heart risks.',
  },
  {
    key: 'diclofenac-50mg-tablet',
    name: 'Diclofenac 50 mg gastro-resistant tablets',
    genericName: 'diclofenac',
    form: 'gastro-resistant tablet',
    strength: '50 mg',
    requiresPrescription: true,
    price: 1150,
    description:
      'Anti-inflammatory painkiller for arthritis, back pain and gout. Not suitable for people with heart disease or a history of stomach ulcers.',
  },
  {
    key: 'betamethasone-valerate-0-1-cream',
    name: 'Betamethasone valerate 0.1% cream',
    genericName: 'betamethasone valerate',
    form: 'cream',
    strength: '0.1%',
    requiresPrescription: true,
    price: 1575,
    description:
      'Potent topical corticosteroid for eczema and psoriasis. Apply thinly and avoid long-term use on the face.',
  },
  {
    key: 'mometasone-furoate-0-1-cream',
    name: 'Mometasone furoate 0.1% cream',
    genericName: 'mometasone furoate',
    form: 'cream',
    strength: '0.1%',
    requiresPrescription: true,
    price: 1890,
    description:
      'Potent once-daily topical corticosteroid for inflammatory skin conditions. Do not use on infected skin or under dressings unless advised.',
  },
  {
    key: 'latanoprost-50mcg-ml-eye-drops',
    name: 'Latanoprost 50 mcg/ml eye drops',
    genericName: 'latanoprost',
    form: 'eye drops',
    strength: '50 mcg/ml',
    requiresPrescription: true,
    price: 2190,
    description:
      'Lowers eye pressure in glaucoma, used once in the evening. May gradually darken the colour of the iris.',
  },

  // Pain and fever (OTC)
  {
    key: 'ibuprofen-200mg-tablet',
    name: 'Ibuprofen 200 mg tablets',
    genericName: 'ibuprofen',
    form: 'tablet',
    strength: '200 mg',
    requiresPrescription: false,
    price: 395,
    description:
      'Anti-inflammatory painkiller for headache, toothache, period pain and fever. Take with food and avoid if you have a stomach ulcer.',
  },
  {
    key: 'ibuprofen-400mg-tablet',
    name: 'Ibuprofen 400 mg tablets',
    genericName: 'ibuprofen',
    form: 'tablet',
    strength: '400 mg',
    requiresPrescription: false,
    price: 595,
    description:
      'Anti-inflammatory painkiller for pain, fever and inflammation. Do not use for more than a few days without medical advice or in late pregnancy.',
  },
  {
    key: 'ibuprofen-100mg-5ml-oral-suspension',
    name: 'Ibuprofen 100 mg/5 ml oral suspension for children',
    genericName: 'ibuprofen',
    form: 'oral suspension',
    strength: '100 mg/5 ml',
    requiresPrescription: false,
    price: 695,
    description:
      'Strawberry-flavoured pain and fever relief for children from 3 months. Dose by weight and leave at least 6 hours between doses.',
  },
  {
    key: 'ibuprofen-5-gel',
    name: 'Ibuprofen 5% gel',
    genericName: 'ibuprofen',
    form: 'gel',
    strength: '5%',
    requiresPrescription: false,
    price: 895,
    description:
      'Topical anti-inflammatory gel for muscle strains, sprains and back pain. Do not apply to broken skin and wash hands after use.',
  },
  {
    key: 'paracetamol-500mg-tablet',
    name: 'Paracetamol 500 mg tablets',
    genericName: 'paracetamol',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: false,
    price: 295,
    description:
      'Painkiller and fever reducer for headache, toothache and colds. Do not exceed the stated dose; overdose can cause serious liver damage.',
  },
  {
    key: 'paracetamol-1000mg-tablet',
    name: 'Paracetamol 1000 mg tablets',
    genericName: 'paracetamol',
    form: 'tablet',
    strength: '1000 mg',
    requiresPrescription: false,
    price: 425,
    description:
      'Higher-strength paracetamol for adults with pain or fever. Maximum 4 g per day; do not combine with other paracetamol-containing products.',
  },
  {
    key: 'paracetamol-200mg-5ml-syrup',
    name: 'Paracetamol 200 mg/5 ml syrup',
    genericName: 'paracetamol',
    form: 'syrup',
    strength: '200 mg/5 ml',
    requiresPrescription: false,
    price: 545,
    description:
      'Pain and fever relief syrup for children, dosed by body weight. Leave at least 6 hours between doses.',
  },
  {
    key: 'paracetamol-125mg-suppository',
    name: 'Paracetamol 125 mg suppositories',
    genericName: 'paracetamol',
    form: 'suppository',
    strength: '125 mg',
    requiresPrescription: false,
    price: 345,
    description:
      'Rectal pain and fever relief for infants and young children who cannot take syrup. Check the weight range on the pack before use.',
  },
  {
    key: 'acetylsalicylic-acid-500mg-tablet',
    name: 'Acetylsalicylic acid 500 mg tablets',
    genericName: 'acetylsalicylic acid',
    form: 'tablet',
    strength: '500 mg',
    requiresPrescription: false,
    price: 450,
    description:
      'Painkiller for headache, toothache and fever in adults. Not for children under 12 or people with stomach ulcers or bleeding disorders.',
  },
  {
    key: 'acetylsalicylic-acid-100mg-tablet',
    name: 'Acetylsalicylic acid 100 mg tablets',
    genericName: 'acetylsalicylic acid',
    form: 'tablet',
    strength: '100 mg',
    requiresPrescription: false,
    price: 350,
    description:
      'Low-dose aspirin used to prevent blood clots after heart attack or stroke. Take only on medical advice, as it increases bleeding risk.',
  },
  {
    key: 'naproxen-250mg-tablet',
    name: 'Naproxen 250 mg tablets',
    genericName: 'naproxen',
    form: 'tablet',
    strength: '250 mg',
    requiresPrescription: false,
    price: 645,
    description:
      'Long-acting anti-inflammatory painkiller for period pain and headache. Take with food and avoid if you have stomach ulcers.',
  },
  {
    key: 'diclofenac-1-gel',
    name: 'Diclofenac 1% gel',
    genericName: 'diclofenac',
    form: 'gel',
    strength: '1%',
    requiresPrescription: false,
    price: 995,
    description:
      'Topical anti-inflammatory gel for sprains, bruises and joint pain. Avoid sunlight on treated skin and do not use on broken skin.',
  },

  // Allergy, cold and cough (OTC)
  {
    key: 'cetirizine-10mg-tablet',
    name: 'Cetirizine 10 mg tablets',
    genericName: 'cetirizine',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: false,
    price: 495,
    description:
      'Antihistamine for hay fever, allergic rhinitis and hives. May cause drowsiness in some people; avoid alcohol.',
  },
  {
    key: 'loratadine-10mg-tablet',
    name: 'Loratadine 10 mg tablets',
    genericName: 'loratadine',
    form: 'tablet',
    strength: '10 mg',
    requiresPrescription: false,
    price: 545,
    description:
      'Non-drowsy antihistamine for hay fever and itchy skin rashes. Taken once daily; ask a pharmacist before use in pregnancy.',
  },
  {
    key: 'levocetirizine-5mg-tablet',
    name: 'Levocetirizine 5 mg tablets',
    genericName: 'levocetirizine',
    form: 'tablet',
    strength: '5 mg',
    requiresPrescription: false,
    price: 695,
    description:
      'Once-daily antihistamine for seasonal and year-round allergies. May cause tiredness; take care when driving.',
  },
  {
    key: 'cetirizine-1mg-ml-oral-solution',
    name: 'Cetirizine 1 mg/ml oral solution',
    genericName: 'cetirizine',
    form: 'oral solution',
    strength: '1 mg/ml',
    requiresPrescription: false,
    price: 745,
    description:
      'Antihistamine liquid for allergy symptoms in children from 2 years. Use the dosing syringe and follow the age-based dose.',
  },
  {
    key: 'mometasone-furoate-50mcg-nasal-spray',
    name: 'Mometasone furoate 50 mcg/dose nasal spray',
    genericName: 'mometasone furoate',
    form: 'nasal spray',
    strength: '50 mcg/dose',
    requiresPrescription: false,
    price: 1095,
    description:
      'Corticosteroid nasal spray for hay fever in adults. Full effect may take several days; seek advice if symptoms persist after 14 days.',
  },
  {
    key: 'xylometazoline-0-1-nasal-spray',
    name: 'Xylometazoline 0.1% nasal spray',
    genericName: 'xylometazoline',
    form: 'nasal spray',
    strength: '0.1%',
    requiresPrescription: false,
    price: 345,
    description:
      'Decongestant spray for a blocked nose from colds or sinusitis. Do not use for more than 7 days, as it can cause rebound congestion.',
  },
  {
    key: 'xylometazoline-0-05-nasal-spray',
    name: 'Xylometazoline 0.05% nasal spray for children',
    genericName: 'xylometazoline',
    form: 'nasal spray',
    strength: '0.05%',
    requiresPrescription: false,
    price: 325,
    description:
      'Lower-strength decongestant spray for children aged 2 to 6 years. Use for no more than 5 to 7 days.',
  },
  {
    key: 'cromoglicic-acid-2-eye-drops',
    name: 'Cromoglicic acid 2% eye drops',
    genericName: 'cromoglicic acid',
    form: 'eye drops',
    strength: '2%',
    requiresPrescription: false,
    price: 695,
    description:
      'Mast cell stabiliser eye drops for itchy, watery eyes caused by hay fever. Remove soft contact lenses before use.',
  },
  {
    key: 'azelastine-0-05-eye-drops',
    name: 'Azelastine 0.05% eye drops',
    genericName: 'azelastine',
    form: 'eye drops',
    strength: '0.05%',
    requiresPrescription: false,
    price: 895,
    description:
      'Antihistamine eye drops for allergic conjunctivitis. May cause a brief stinging sensation or bitter taste.',
  },
  {
    key: 'ambroxol-30mg-tablet',
    name: 'Ambroxol 30 mg tablets',
    genericName: 'ambroxol',
    form: 'tablet',
    strength: '30 mg',
    requiresPrescription: false,
    price: 445,
    description:
      'Mucolytic that loosens thick mucus in chesty coughs. Stop and seek advice if a skin rash develops.',
  },
  {
    key: 'ambroxol-15mg-5ml-syrup',
    name: 'Ambroxol 15 mg/5 ml syrup',
    genericName: 'ambroxol',
    form: 'syrup',
    strength: '15 mg/5 ml',
    requiresPrescription: false,
    price: 525,
    description:
      'Mucolytic cough syrup for productive coughs in adults and children. See a doctor if the cough lasts longer than a week.',
  },
  {
    key: 'acetylcysteine-600mg-effervescent-tablet',
    name: 'Acetylcysteine 600 mg effervescent tablets',
    genericName: 'acetylcysteine',
    form: 'effervescent tablet',
    strength: '600 mg',
    requiresPrescription: false,
    price: 895,
    description:
      'Dissolve in water to loosen mucus in colds and bronchitis. Not for children under 14 years at this strength.',
  },

  // Digestive (OTC)
  {
    key: 'omeprazole-20mg-capsule',
    name: 'Omeprazole 20 mg gastro-resistant capsules',
    genericName: 'omeprazole',
    form: 'capsule',
    strength: '20 mg',
    requiresPrescription: false,
    price: 695,
    description:
      'Proton pump inhibitor for short-term relief of heartburn and acid reflux. See a doctor if symptoms persist beyond 14 days.',
  },
  {
    key: 'pantoprazole-20mg-tablet',
    name: 'Pantoprazole 20 mg gastro-resistant tablets',
    genericName: 'pantoprazole',
    form: 'gastro-resistant tablet',
    strength: '20 mg',
    requiresPrescription: false,
    price: 745,
    description:
      'Reduces stomach acid for short-term relief of heartburn. Swallow whole before breakfast; seek advice for difficulty swallowing or weight loss.',
  },
  {
    key: 'famotidine-20mg-tablet',
    name: 'Famotidine 20 mg tablets',
    genericName: 'famotidine',
    form: 'tablet',
    strength: '20 mg',
    requiresPrescription: false,
    price: 645,
    description:
      'H2 blocker for heartburn and acid indigestion. Do not take for more than two weeks without medical advice.',
  },
  {
    key: 'hydrotalcite-500mg-chewable-tablet',
    name: 'Hydrotalcite 500 mg chewable tablets',
    genericName: 'hydrotalcite',
    form: 'chewable tablet',
    strength: '500 mg',
    requiresPrescription: false,
    price: 795,
    description:
      'Antacid that neutralises stomach acid for fast relief of heartburn. Take two hours apart from other medicines.',
  },
  {
    key: 'simeticone-85mg-capsule',
    name: 'Simeticone 85 mg capsules',
    genericName: 'simeticone',
    form: 'capsule',
    strength: '85 mg',
    requiresPrescription: false,
    price: 695,
    description: 'Relieves bloating and trapped wind. Seek advice for persistent abdominal pain.',
  },
  {
    key: 'loperamide-2mg-capsule',
    name: 'Loperamide 2 mg capsules',
    genericName: 'loperamide',
    form: 'capsule',
    strength: '2 mg',
    requiresPrescription: false,
    price: 495,
    description:
      'Relieves acute diarrhoea in adults. Do not use with fever or bloody stools and drink plenty of fluids.',
  },
  {
    key: 'macrogol-13-7g-oral-powder',
    name: 'Macrogol 13.7 g oral powder sachets',
    genericName: 'macrogol 3350',
    form: 'oral powder',
    strength: '13.7 g',
    requiresPrescription: false,
    price: 1195,
    description:
      'Osmotic laxative dissolved in water for constipation. Drink plenty of fluids and seek advice if needed for more than two weeks.',
  },
  {
    key: 'bisacodyl-5mg-tablet',
    name: 'Bisacodyl 5 mg gastro-resistant tablets',
    genericName: 'bisacodyl',
    form: 'gastro-resistant tablet',
    strength: '5 mg',
    requiresPrescription: false,
    price: 545,
    description:
      'Stimulant laxative for occasional constipation, usually taken at night. Do not take with milk or antacids and avoid long-term use.',
  },
  {
    key: 'lactulose-667mg-ml-syrup',
    name: 'Lactulose 667 mg/ml syrup',
    genericName: 'lactulose',
    form: 'syrup',
    strength: '667 mg/ml',
    requiresPrescription: false,
    price: 895,
    description:
      'Gentle osmotic laxative for constipation, suitable for adults and children. May cause wind and bloating in the first days.',
  },
  {
    key: 'dimenhydrinate-50mg-tablet',
    name: 'Dimenhydrinate 50 mg tablets',
    genericName: 'dimenhydrinate',
    form: 'tablet',
    strength: '50 mg',
    requiresPrescription: false,
    price: 595,
    description:
      'Prevents and treats travel sickness, nausea and vomiting. Causes drowsiness; do not drive after taking it.',
  },

  // Skin, eyes and mouth (OTC)
  {
    key: 'hydrocortisone-0-5-cream',
    name: 'Hydrocortisone 0.5% cream',
    genericName: 'hydrocortisone',
    form: 'cream',
    strength: '0.5%',
    requiresPrescription: false,
    price: 645,
    description:
      'Mild corticosteroid cream for insect bites, eczema and itchy skin irritation. Do not use on the face or broken skin for more than a week.',
  },
  {
    key: 'clotrimazole-1-cream',
    name: 'Clotrimazole 1% cream',
    genericName: 'clotrimazole',
    form: 'cream',
    strength: '1%',
    requiresPrescription: false,
    price: 595,
    description:
      "Antifungal cream for athlete's foot, ringworm and skin yeast infections. Continue for two weeks after symptoms clear.",
  },
  {
    key: 'terbinafine-1-cream',
    name: 'Terbinafine 1% cream',
    genericName: 'terbinafine',
    form: 'cream',
    strength: '1%',
    requiresPrescription: false,
    price: 895,
    description:
      "Antifungal cream for athlete's foot and fungal skin infections. Avoid contact with the eyes.",
  },
  {
    key: 'aciclovir-5-cream',
    name: 'Aciclovir 5% cream',
    genericName: 'aciclovir',
    form: 'cream',
    strength: '5%',
    requiresPrescription: false,
    price: 495,
    description:
      'Antiviral cream for cold sores; start at the first tingle. Wash hands after applying to avoid spreading the virus.',
  },
  {
    key: 'dexpanthenol-5-ointment',
    name: 'Dexpanthenol 5% ointment',
    genericName: 'dexpanthenol',
    form: 'ointment',
    strength: '5%',
    requiresPrescription: false,
    price: 695,
    description:
      'Soothing ointment for minor skin wounds, dry skin and nappy rash. Do not apply to deep or infected wounds.',
  },
  {
    key: 'benzoyl-peroxide-5-gel',
    name: 'Benzoyl peroxide 5% gel',
    genericName: 'benzoyl peroxide',
    form: 'gel',
    strength: '5%',
    requiresPrescription: false,
    price: 1095,
    description:
      'Antibacterial gel for mild to moderate acne. Can bleach hair and fabrics and may cause dryness at first.',
  },
  {
    key: 'fluconazole-150mg-capsule',
    name: 'Fluconazole 150 mg capsule',
    genericName: 'fluconazole',
    form: 'capsule',
    strength: '150 mg',
    requiresPrescription: false,
    price: 1195,
    description:
      'Single-dose oral antifungal for vaginal thrush. Not for use in pregnancy; see a doctor if symptoms recur frequently.',
  },
  {
    key: 'chlorhexidine-0-2-mouthwash',
    name: 'Chlorhexidine 0.2% mouthwash',
    genericName: 'chlorhexidine',
    form: 'mouthwash',
    strength: '0.2%',
    requiresPrescription: false,
    price: 795,
    description:
      'Antiseptic mouthwash for gum inflammation and mouth ulcers. Do not swallow; may temporarily stain the teeth.',
  },

  // Smoking cessation, sleep and supplements (OTC)
  {
    key: 'nicotine-21mg-24h-patch',
    name: 'Nicotine 21 mg/24 h transdermal patches',
    genericName: 'nicotine',
    form: 'patch',
    strength: '21 mg/24 h',
    requiresPrescription: false,
    price: 3495,
    description:
      'Nicotine replacement patch to help you stop smoking. Apply to clean, hairless skin and remove at night if you have vivid dreams.',
  },
  {
    key: 'nicotine-2mg-chewing-gum',
    name: 'Nicotine 2 mg medicated chewing gum',
    genericName: 'nicotine',
    form: 'medicated chewing gum',
    strength: '2 mg',
    requiresPrescription: false,
    price: 2295,
    description:
      'Nicotine replacement gum to relieve cravings when quitting smoking. Chew slowly and rest it against the cheek when the taste becomes strong.',
  },
  {
    key: 'diphenhydramine-50mg-tablet',
    name: 'Diphenhydramine 50 mg tablets',
    genericName: 'diphenhydramine',
    form: 'tablet',
    strength: '50 mg',
    requiresPrescription: false,
    price: 645,
    description:
      'Sedating antihistamine for short-term relief of occasional sleeplessness. Not for regular use; may cause drowsiness the next day.',
  },
  {
    key: 'doxylamine-25mg-tablet',
    name: 'Doxylamine 25 mg tablets',
    genericName: 'doxylamine',
    form: 'tablet',
    strength: '25 mg',
    requiresPrescription: false,
    price: 695,
    description:
      'Sleep aid for temporary difficulty falling asleep. Take 30 minutes before bed and do not drive the next morning if drowsy.',
  },
  {
    key: 'colecalciferol-1000iu-tablet',
    name: 'Colecalciferol 1000 IU tablets',
    genericName: 'colecalciferol',
    form: 'tablet',
    strength: '1000 IU',
    requiresPrescription: false,
    price: 595,
    description:
      'Vitamin D3 supplement to prevent deficiency and support bone health. Do not exceed the recommended dose without medical advice.',
  },
  {
    key: 'folic-acid-400mcg-tablet',
    name: 'Folic acid 400 mcg tablets',
    genericName: 'folic acid',
    form: 'tablet',
    strength: '400 mcg',
    requiresPrescription: false,
    price: 495,
    description:
      'Recommended before conception and in early pregnancy to reduce the risk of neural tube defects. Ask your doctor if you take epilepsy medicines.',
  },
  {
    key: 'ascorbic-acid-1000mg-effervescent-tablet',
    name: 'Ascorbic acid 1000 mg effervescent tablets',
    genericName: 'ascorbic acid',
    form: 'effervescent tablet',
    strength: '1000 mg',
    requiresPrescription: false,
    price: 395,
    description:
      'Vitamin C supplement dissolved in water. High doses may cause stomach upset; people with kidney stones should ask a pharmacist first.',
  },
  {
    key: 'magnesium-citrate-300mg-capsule',
    name: 'Magnesium citrate 300 mg capsules',
    genericName: 'magnesium citrate',
    form: 'capsule',
    strength: '300 mg',
    requiresPrescription: false,
    price: 895,
    description:
      'Magnesium supplement for deficiency and muscle cramps. May cause loose stools; separate from some antibiotics by at least two hours.',
  },
  {
    key: 'ferrous-sulfate-100mg-capsule',
    name: 'Ferrous sulfate 100 mg iron capsules',
    genericName: 'ferrous sulfate',
    form: 'capsule',
    strength: '100 mg iron',
    requiresPrescription: false,
    price: 1095,
    description:
      'Iron supplement for iron deficiency anaemia. Can darken stools and cause constipation; keep out of reach of children.',
  },
  // Additional OTC products
  {
    key: 'loratadine-1mg-ml-syrup',
    name: 'Loratadine 1 mg/ml syrup',
    genericName: 'loratadine',
    form: 'syrup',
    strength: '1 mg/ml',
    requiresPrescription: false,
    price: 795,
    description:
      'Non-drowsy antihistamine syrup for hay fever and hives in children from 2 years. Dose depends on body weight; ask a pharmacist for younger children.',
  },
  {
    key: 'dextromethorphan-30mg-capsule',
    name: 'Dextromethorphan 30 mg capsules',
    genericName: 'dextromethorphan',
    form: 'capsule',
    strength: '30 mg',
    requiresPrescription: false,
    price: 745,
    description:
      'Cough suppressant for dry, irritating coughs in adults. Do not use for chesty coughs or together with MAO inhibitors or other antidepressants without advice.',
  },
  {
    key: 'ibuprofen-pseudoephedrine-200mg-30mg-tablet',
    name: 'Ibuprofen/Pseudoephedrine 200 mg/30 mg tablets',
    genericName: 'ibuprofen/pseudoephedrine',
    form: 'tablet',
    strength: '200 mg/30 mg',
    requiresPrescription: false,
    price: 895,
    description:
      'Relieves blocked nose, headache and fever from colds. Not for people with high blood pressure, heart disease or glaucoma; maximum 4 days.',
  },
  {
    key: 'flurbiprofen-8-75mg-lozenge',
    name: 'Flurbiprofen 8.75 mg lozenges',
    genericName: 'flurbiprofen',
    form: 'lozenge',
    strength: '8.75 mg',
    requiresPrescription: false,
    price: 895,
    description:
      'Anti-inflammatory lozenges for the short-term relief of a sore throat. Let dissolve slowly in the mouth; not for children under 12.',
  },
  {
    key: 'oxymetazoline-0-05-nasal-spray',
    name: 'Oxymetazoline 0.05% nasal spray',
    genericName: 'oxymetazoline',
    form: 'nasal spray',
    strength: '0.05%',
    requiresPrescription: false,
    price: 445,
    description:
      'Long-acting decongestant spray for a blocked nose. Do not use for more than 7 days in a row.',
  },
  {
    key: 'hypromellose-0-32-eye-drops',
    name: 'Hypromellose 0.32% eye drops',
    genericName: 'hypromellose',
    form: 'eye drops',
    strength: '0.32%',
    requiresPrescription: false,
    price: 745,
    description:
      'Lubricating artificial tears for dry, tired or irritated eyes. Discard the bottle 6 weeks after opening.',
  },
  {
    key: 'butylscopolamine-10mg-tablet',
    name: 'Butylscopolamine 10 mg coated tablets',
    genericName: 'butylscopolamine',
    form: 'coated tablet',
    strength: '10 mg',
    requiresPrescription: false,
    price: 845,
    description:
      'Antispasmodic for cramping abdominal pain and period cramps. Not for people with glaucoma or difficulty passing urine.',
  },
  {
    key: 'clotrimazole-200mg-vaginal-tablet',
    name: 'Clotrimazole 200 mg vaginal tablets',
    genericName: 'clotrimazole',
    form: 'vaginal tablet',
    strength: '200 mg',
    requiresPrescription: false,
    price: 795,
    description:
      'Three-day antifungal treatment for vaginal thrush. See a doctor if this is your first episode or if you are pregnant.',
  },
  {
    key: 'heparin-60000iu-100g-gel',
    name: 'Heparin 60,000 IU/100 g gel',
    genericName: 'heparin sodium',
    form: 'gel',
    strength: '60,000 IU/100 g',
    requiresPrescription: false,
    price: 1095,
    description:
      'Topical gel for bruises, sprains and superficial vein inflammation. Do not apply to open wounds or mucous membranes.',
  },
  {
    key: 'urea-10-cream',
    name: 'Urea 10% cream',
    genericName: 'urea',
    form: 'cream',
    strength: '10%',
    requiresPrescription: false,
    price: 1195,
    description:
      'Moisturising cream for very dry, rough or scaly skin. May sting briefly on cracked or inflamed skin.',
  },
  {
    key: 'minoxidil-5-cutaneous-solution',
    name: 'Minoxidil 5% cutaneous solution',
    genericName: 'minoxidil',
    form: 'cutaneous solution',
    strength: '5%',
    requiresPrescription: false,
    price: 3495,
    description:
      'Applied to the scalp twice daily for hereditary hair loss in men. Results take several months; stop if you get chest pain or a rapid heartbeat.',
  },
  {
    key: 'calcium-colecalciferol-1000mg-880iu-effervescent-tablet',
    name: 'Calcium 1000 mg/Colecalciferol 880 IU effervescent tablets',
    genericName: 'calcium carbonate/colecalciferol',
    form: 'effervescent tablet',
    strength: '1000 mg/880 IU',
    requiresPrescription: false,
    price: 1295,
    description:
      'Calcium and vitamin D supplement to support bone health, for example alongside osteoporosis treatment. Take apart from thyroid hormones and some antibiotics.',
  },
  {
    key: 'cyanocobalamin-1000mcg-tablet',
    name: 'Cyanocobalamin 1000 mcg tablets',
    genericName: 'cyanocobalamin',
    form: 'tablet',
    strength: '1000 mcg',
    requiresPrescription: false,
    price: 995,
    description:
      'Vitamin B12 supplement for people with low dietary intake, such as vegans. Persistent tiredness or tingling should be checked by a doctor.',
  },
];

export const demoPharmacies: DemoPharmacy[] = [
  {
    key: 'mitte',
    name: 'Apotheke am Rosenthaler Platz',
    address: 'Rosenthaler Straße 1, 10119 Berlin',
    latitude: 52.529712,
    longitude: 13.401287,
    phone: '+49 30 2809 4412',
  },
  {
    key: 'kreuzberg',
    name: 'Bergmann-Apotheke',
    address: 'Bergmannstraße 88, 10961 Berlin',
    latitude: 52.489108,
    longitude: 13.392456,
    phone: '+49 30 6919 2375',
  },
  {
    key: 'prenzlauer-berg',
    name: 'Kollwitz-Apotheke',
    address: 'Kollwitzstraße 52, 10405 Berlin',
    latitude: 52.536213,
    longitude: 13.417931,
    phone: '+49 30 4405 2281',
  },
  {
    key: 'charlottenburg',
    name: 'Apotheke am Savignyplatz',
    address: 'Kantstraße 143, 10623 Berlin',
    latitude: 52.505541,
    longitude: 13.319312,
    phone: '+49 30 3128 6650',
  },
  {
    key: 'neukoelln',
    name: 'Rixdorfer Apotheke',
    address: 'Karl-Marx-Straße 64, 12043 Berlin',
    latitude: 52.478915,
    longitude: 13.437802,
    phone: '+49 30 6813 5907',
  },
  {
    key: 'friedrichshain',
    name: 'Boxhagener Apotheke',
    address: 'Boxhagener Straße 41, 10245 Berlin',
    latitude: 52.511263,
    longitude: 13.458904,
    phone: '+49 30 2936 7184',
  },
  {
    key: 'schoeneberg',
    name: 'Apotheke am Winterfeldtplatz',
    address: 'Goltzstraße 31, 10781 Berlin',
    latitude: 52.496114,
    longitude: 13.352087,
    phone: '+49 30 2175 3368',
  },
  {
    key: 'wedding',
    name: 'Apotheke an der Müllerstraße',
    address: 'Müllerstraße 138, 13353 Berlin',
    latitude: 52.547621,
    longitude: 13.355934,
    phone: '+49 30 4535 8820',
  },
  {
    key: 'steglitz',
    name: 'Schloßstraßen-Apotheke',
    address: 'Schloßstraße 102, 12163 Berlin',
    latitude: 52.458204,
    longitude: 13.321873,
    phone: '+49 30 7921 4456',
  },
  {
    key: 'pankow',
    name: 'Apotheke am Garbátyplatz',
    address: 'Breite Straße 21, 13187 Berlin',
    latitude: 52.567934,
    longitude: 13.404118,
    phone: '+49 30 4857 2093',
  },
  {
    key: 'moabit',
    name: 'Turmstraßen-Apotheke',
    address: 'Turmstraße 25, 10559 Berlin',
    latitude: 52.526548,
    longitude: 13.343215,
    phone: '+49 30 3948 1127',
  },
  {
    key: 'tempelhof',
    name: 'Apotheke am Tempelhofer Damm',
    address: 'Tempelhofer Damm 160, 12099 Berlin',
    latitude: 52.463875,
    longitude: 13.385241,
    phone: '+49 30 7519 6645',
  },
];
